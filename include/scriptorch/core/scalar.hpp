// Scalar: a single number of kind bool, int (int64) or float (double), as c10::Scalar. Operators
// take Scalars where PyTorch's schemas say `Scalar`; the kind decides type promotion.
#pragma once

#include <cstdint>
#include <ostream>
#include <type_traits>

#include "scriptorch/core/error.hpp"
#include "scriptorch/core/scalar_type.hpp"

namespace scriptorch {

class Scalar {
 public:
  enum class Kind : std::uint8_t { Bool, Int, Float };

  constexpr Scalar() noexcept : kind_(Kind::Int), i_(0) {}
  constexpr Scalar(bool v) noexcept : kind_(Kind::Bool), i_(v ? 1 : 0) {}  // NOLINT: implicit, as c10
  template <class T>
    requires(std::is_integral_v<T> && !std::is_same_v<T, bool>)
  constexpr Scalar(T v) noexcept : kind_(Kind::Int), i_(static_cast<std::int64_t>(v)) {}  // NOLINT
  template <class T>
    requires std::is_floating_point_v<T>
  constexpr Scalar(T v) noexcept : kind_(Kind::Float), d_(static_cast<double>(v)) {}  // NOLINT
  Scalar(Half v) noexcept : Scalar(static_cast<float>(v)) {}      // NOLINT
  Scalar(BFloat16 v) noexcept : Scalar(static_cast<float>(v)) {}  // NOLINT

  constexpr Kind kind() const noexcept { return kind_; }
  constexpr bool is_bool() const noexcept { return kind_ == Kind::Bool; }
  constexpr bool is_integral() const noexcept { return kind_ == Kind::Int; }
  constexpr bool is_floating_point() const noexcept { return kind_ == Kind::Float; }

  /// The dtype a tensor made from this scalar gets: Bool, Long or Double.
  constexpr ScalarType type() const noexcept {
    switch (kind_) {
      case Kind::Bool:
        return ScalarType::Bool;
      case Kind::Int:
        return ScalarType::Long;
      case Kind::Float:
        break;
    }
    return ScalarType::Double;
  }

  /// The value converted to T (static_cast semantics, as c10's Scalar::to).
  template <class T>
  T to() const noexcept {
    switch (kind_) {
      case Kind::Bool:
        return static_cast<T>(i_ != 0);
      case Kind::Int:
        return static_cast<T>(i_);
      case Kind::Float:
        break;
    }
    if constexpr (std::is_same_v<T, bool>) return d_ != 0.0;
    return static_cast<T>(d_);
  }
  std::int64_t to_int() const noexcept { return to<std::int64_t>(); }
  double to_double() const noexcept { return to<double>(); }
  bool to_bool() const noexcept { return to<bool>(); }

  Scalar operator-() const noexcept {
    switch (kind_) {
      case Kind::Float:
        return Scalar(-d_);
      default:
        return Scalar(-i_);
    }
  }

  friend bool operator==(const Scalar& a, const Scalar& b) noexcept {
    if (a.is_floating_point() || b.is_floating_point()) return a.to_double() == b.to_double();
    return a.i_ == b.i_;
  }

 private:
  Kind kind_;
  union {
    std::int64_t i_;
    double d_;
  };
};

inline std::ostream& operator<<(std::ostream& out, const Scalar& s) {
  switch (s.kind()) {
    case Scalar::Kind::Bool:
      return out << (s.to_bool() ? "True" : "False");
    case Scalar::Kind::Int:
      return out << s.to_int();
    case Scalar::Kind::Float:
      break;
  }
  return out << s.to_double();
}

}  // namespace scriptorch
