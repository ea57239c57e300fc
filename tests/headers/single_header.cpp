// single_include/scriptorch.hpp, the generated one-file library, compiles warning-free on its own.
#include <scriptorch.hpp>
#include <scriptorch.hpp>  // twice: its #pragma once must hold
