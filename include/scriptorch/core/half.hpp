// 16-bit floating-point storage types: IEEE binary16 (`Half`, torch.float16) and bfloat16
// (`BFloat16`, torch.bfloat16). Arithmetic happens in float; these only store and convert,
// rounding to nearest-even exactly as PyTorch's c10::Half and c10::BFloat16 do.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <limits>

namespace scriptorch {

namespace detail {

inline float fp16_bits_to_float(std::uint16_t h) noexcept {
  const std::uint32_t sign = static_cast<std::uint32_t>(h & 0x8000u) << 16;
  const std::uint32_t exponent = (h >> 10) & 0x1Fu;
  std::uint32_t mantissa = h & 0x3FFu;
  std::uint32_t bits;
  if (exponent == 0x1F) {  // inf / nan
    bits = sign | 0x7F800000u | (mantissa << 13);
  } else if (exponent != 0) {  // normal
    bits = sign | ((exponent + 112u) << 23) | (mantissa << 13);
  } else if (mantissa == 0) {  // signed zero
    bits = sign;
  } else {  // subnormal: normalise
    std::uint32_t e = 113;
    while ((mantissa & 0x400u) == 0) {
      mantissa <<= 1;
      --e;
    }
    bits = sign | (e << 23) | ((mantissa & 0x3FFu) << 13);
  }
  return std::bit_cast<float>(bits);
}

inline std::uint16_t float_to_fp16_bits(float f) noexcept {
  const std::uint32_t bits = std::bit_cast<std::uint32_t>(f);
  const std::uint16_t sign = static_cast<std::uint16_t>((bits >> 16) & 0x8000u);
  const std::uint32_t abs = bits & 0x7FFFFFFFu;
  if (abs >= 0x7F800000u) {  // inf or nan (keep nan quiet and non-zero)
    return static_cast<std::uint16_t>(sign | 0x7C00u | (abs > 0x7F800000u ? 0x200u | ((abs >> 13) & 0x3FFu) : 0u));
  }
  if (abs >= 0x477FF000u) {  // rounds to >= 65520: overflow to inf
    return static_cast<std::uint16_t>(sign | 0x7C00u);
  }
  if (abs < 0x38800000u) {  // below the smallest normal half: subnormal or zero
    // Add 0.5 in float arithmetic at the subnormal scale; the hardware rounds to nearest-even.
    const float magnitude = std::bit_cast<float>(abs) + 0.5f;
    return static_cast<std::uint16_t>(sign | (std::bit_cast<std::uint32_t>(magnitude) - 0x3F000000u));
  }
  const std::uint32_t mantissa_odd = (abs >> 13) & 1u;
  std::uint32_t rounded = abs + 0xC8000FFFu + mantissa_odd;  // rebias exponent (-112 << 23) and round
  return static_cast<std::uint16_t>(sign | (rounded >> 13));
}

inline float bf16_bits_to_float(std::uint16_t b) noexcept {
  return std::bit_cast<float>(static_cast<std::uint32_t>(b) << 16);
}

inline std::uint16_t float_to_bf16_bits(float f) noexcept {
  const std::uint32_t bits = std::bit_cast<std::uint32_t>(f);
  if ((bits & 0x7FFFFFFFu) > 0x7F800000u) return 0x7FC0u;  // canonical quiet nan, as PyTorch
  const std::uint32_t rounding_bias = 0x7FFFu + ((bits >> 16) & 1u);
  return static_cast<std::uint16_t>((bits + rounding_bias) >> 16);
}

}  // namespace detail

/// torch.float16: stores IEEE binary16 bits, converts to and from float.
struct Half {
  std::uint16_t bits = 0;

  constexpr Half() = default;
  Half(float value) noexcept : bits(detail::float_to_fp16_bits(value)) {}  // NOLINT: implicit like c10::Half
  static constexpr Half from_bits(std::uint16_t raw) noexcept {
    Half h;
    h.bits = raw;
    return h;
  }
  operator float() const noexcept { return detail::fp16_bits_to_float(bits); }  // NOLINT
};

/// torch.bfloat16: the upper 16 bits of a float, rounded to nearest-even.
struct BFloat16 {
  std::uint16_t bits = 0;

  constexpr BFloat16() = default;
  BFloat16(float value) noexcept : bits(detail::float_to_bf16_bits(value)) {}  // NOLINT
  static constexpr BFloat16 from_bits(std::uint16_t raw) noexcept {
    BFloat16 b;
    b.bits = raw;
    return b;
  }
  operator float() const noexcept { return detail::bf16_bits_to_float(bits); }  // NOLINT
};

static_assert(sizeof(Half) == 2 && sizeof(BFloat16) == 2, "16-bit float types must be 2 bytes");

}  // namespace scriptorch
