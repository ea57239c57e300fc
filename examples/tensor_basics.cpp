// tensor_basics: make tensors (fresh memory and a view of your own buffer), look at their
// metadata and values, and see a scriptorch error.
// Usage: example-tensor_basics
//
// TODO(lead): print with operator<< on Tensor and save with serialization's torch.save writer
// once those land; until then this prints through data_ptr and saves nothing.
#include <scriptorch/scriptorch.hpp>

#include <array>
#include <cstdint>
#include <iostream>

namespace {

// Prints a 2-d float tensor row by row, reading through its strides (so views print right).
void print_matrix(const char* name, const scriptorch::Tensor& t) {
  std::cout << name << ": dtype=" << t.dtype() << " sizes=[" << t.size(0) << ", " << t.size(1) << "] strides=["
            << t.stride(0) << ", " << t.stride(1) << "] contiguous=" << std::boolalpha << t.is_contiguous() << "\n";
  const float* data = t.data_ptr<float>();
  for (std::int64_t i = 0; i < t.size(0); ++i) {
    std::cout << "  [";
    for (std::int64_t j = 0; j < t.size(1); ++j) {
      std::cout << (j ? ", " : "") << data[i * t.stride(0) + j * t.stride(1)];
    }
    std::cout << "]\n";
  }
}

}  // namespace

int main() {
  // A fresh 2x3 float tensor, filled through its data pointer.
  scriptorch::Tensor a = scriptorch::empty({2, 3});
  float* values = a.data_ptr<float>();
  for (std::int64_t i = 0; i < a.numel(); ++i) values[i] = static_cast<float>(i) * 0.5f;
  print_matrix("a", a);

  // A tensor viewing memory the program owns: no copy. Strides {1, 2} read the buffer as the
  // transpose of a row-major 3x2 matrix.
  std::array<float, 6> buffer{1, 2, 3, 4, 5, 6};
  const scriptorch::Tensor b = scriptorch::from_blob(buffer.data(), {2, 3}, {1, 2}, scriptorch::ScalarType::Float);
  print_matrix("b (a view of a caller's buffer)", b);

  // Bad input gets a scriptorch error that says what was wrong.
  try {
    scriptorch::empty({2, -3});
  } catch (const scriptorch::Error& error) {
    std::cout << "error (" << error.kind() << "): " << error.what() << "\n";
  }
  return 0;
}
