// The consumer's program: include the umbrella header, make a tensor, report what it is.
#include <scriptorch/scriptorch.hpp>

#include <cstdio>
#include <string_view>

int main() {
  const scriptorch::Tensor t = scriptorch::empty({2, 3});
  const bool ok = t.dim() == 2 && t.size(0) == 2 && t.size(1) == 3 && t.is_contiguous();
  const std::string_view dtype = scriptorch::dtype_name(t.dtype());
  std::printf("consumer %s: %lldx%lld %.*s tensor, %lld elements\n", ok ? "ok" : "FAILED",
              static_cast<long long>(t.size(0)), static_cast<long long>(t.size(1)),
              static_cast<int>(dtype.size()), dtype.data(), static_cast<long long>(t.numel()));
  return ok ? 0 : 1;
}
