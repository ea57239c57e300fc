// scriptorch without exceptions (as game engines build): a failing call must end in the handler
// installed by set_error_handler, never return. The handler reports and leaves with status 0.
#include <scriptorch.hpp>

#if SCRIPTORCH_HAS_EXCEPTIONS
#error "this test must be compiled with -fno-exceptions"
#endif

#include <cstdio>
#include <cstdlib>

namespace {
void report_and_exit(const scriptorch::Error& error) {
  std::printf("handler got %s: %s\n", error.kind(), error.what());
  std::fflush(stdout);
  std::_Exit(0);
}
}  // namespace

int main() {
  scriptorch::set_error_handler(&report_and_exit);
  const scriptorch::Tensor t = scriptorch::empty({2, -1});  // negative size: a ValueError
  std::printf("returned from the failing call with %lld elements\n", static_cast<long long>(t.numel()));
  return 1;
}
