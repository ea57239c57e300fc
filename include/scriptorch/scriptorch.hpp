// The umbrella header: `#include <scriptorch/scriptorch.hpp>` gives the whole library.
// Hand-written, layer by layer from the bottom; a test (tools/check_headers.py --umbrella) fails
// when a header under include/scriptorch/ is not reachable from here.
#pragma once

// core: dtypes, devices, storage, tensors, scalars, types, errors
#include "scriptorch/core/array_ref.hpp"
#include "scriptorch/core/device.hpp"
#include "scriptorch/core/error.hpp"
#include "scriptorch/core/half.hpp"
#include "scriptorch/core/intrusive_ptr.hpp"
#include "scriptorch/core/scalar.hpp"
#include "scriptorch/core/scalar_type.hpp"
#include "scriptorch/core/small_vector.hpp"
#include "scriptorch/core/storage.hpp"
#include "scriptorch/core/tensor.hpp"

// serialization: zip, pickle, torch.save files
#include "scriptorch/serialization/crc32.hpp"
#include "scriptorch/serialization/inflate.hpp"
