// Where a tensor lives: PyTorch's Device ("cpu", "cuda", "cuda:1"), parsed from and printed as
// PyTorch's strings.
#pragma once

#include <charconv>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include "scriptorch/core/error.hpp"

namespace scriptorch {

enum class DeviceType : std::int8_t { CPU = 0, CUDA = 1 };

class Device {
 public:
  using Index = std::int8_t;

  constexpr Device(DeviceType type = DeviceType::CPU, Index index = -1) : type_(type), index_(index) {
    // cpu has no index beyond 0 in PyTorch; -1 means "current device".
  }
  /// Parses "cpu", "cpu:0", "cuda", "cuda:N" (as torch.device does); throws ValueError otherwise.
  explicit Device(std::string_view text) : Device(parse(text)) {}

  static Device parse(std::string_view text) {
    const auto colon = text.find(':');
    const std::string_view kind = text.substr(0, colon);
    DeviceType type;
    if (kind == "cpu") {
      type = DeviceType::CPU;
    } else if (kind == "cuda") {
      type = DeviceType::CUDA;
    } else {
      SCRIPTORCH_THROW(ValueError, "Expected one of cpu, cuda device type at start of device string: ", text);
    }
    if (colon == std::string_view::npos) return Device(type);
    const std::string_view digits = text.substr(colon + 1);
    int index = -1;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
    SCRIPTORCH_CHECK(ec == std::errc{} && end == digits.data() + digits.size() && !digits.empty() &&
                         digits.front() != '+' && index >= 0 && index <= 127 &&
                         !(digits.size() > 1 && digits.front() == '0'),
                     ValueError, "Invalid device string: '", text, "'");
    SCRIPTORCH_CHECK(type != DeviceType::CPU || index == 0, ValueError,
                     "CPU device index must be -1 or zero, got ", index);
    return Device(type, static_cast<Index>(index));
  }

  constexpr DeviceType type() const noexcept { return type_; }
  constexpr Index index() const noexcept { return index_; }
  constexpr bool has_index() const noexcept { return index_ >= 0; }
  constexpr bool is_cpu() const noexcept { return type_ == DeviceType::CPU; }
  constexpr bool is_cuda() const noexcept { return type_ == DeviceType::CUDA; }

  /// As str(torch.device(...)) prints it.
  std::string str() const {
    std::string out = type_ == DeviceType::CPU ? "cpu" : "cuda";
    if (has_index()) out += ":" + std::to_string(static_cast<int>(index_));
    return out;
  }

  constexpr bool operator==(const Device&) const noexcept = default;

 private:
  DeviceType type_;
  Index index_;
};

inline std::ostream& operator<<(std::ostream& out, const Device& d) { return out << d.str(); }

inline constexpr Device kCPU{DeviceType::CPU};

}  // namespace scriptorch
