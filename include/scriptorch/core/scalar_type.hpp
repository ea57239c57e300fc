// Tensor element types (PyTorch's ScalarType, with PyTorch's numbering, which TorchScript
// constants and archives store) and the promotion lattice between them.
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string_view>

#include "scriptorch/core/error.hpp"
#include "scriptorch/core/half.hpp"

namespace scriptorch {

// (C++ type, ScalarType name, PyTorch's number, torch.<name>, storage class name in archives)
#define SCRIPTORCH_FORALL_SCALAR_TYPES(_)                              \
  _(std::uint8_t, Byte, 0, "uint8", "ByteStorage")                     \
  _(std::int8_t, Char, 1, "int8", "CharStorage")                       \
  _(std::int16_t, Short, 2, "int16", "ShortStorage")                   \
  _(std::int32_t, Int, 3, "int32", "IntStorage")                       \
  _(std::int64_t, Long, 4, "int64", "LongStorage")                     \
  _(::scriptorch::Half, Half, 5, "float16", "HalfStorage")             \
  _(float, Float, 6, "float32", "FloatStorage")                        \
  _(double, Double, 7, "float64", "DoubleStorage")                     \
  _(bool, Bool, 11, "bool", "BoolStorage")                             \
  _(::scriptorch::BFloat16, BFloat16, 15, "bfloat16", "BFloat16Storage")

enum class ScalarType : std::int8_t {
#define SCRIPTORCH_ENUM_ENTRY(cpp, name, number, torch_name, storage) name = number,
  SCRIPTORCH_FORALL_SCALAR_TYPES(SCRIPTORCH_ENUM_ENTRY)
#undef SCRIPTORCH_ENUM_ENTRY
      Undefined = -1,
};

/// Maps a C++ element type to its ScalarType: `scalar_type_of<float> == ScalarType::Float`.
template <class T>
inline constexpr ScalarType scalar_type_of = ScalarType::Undefined;
#define SCRIPTORCH_CPP_TO_SCALAR_TYPE(cpp, name, number, torch_name, storage) \
  template <>                                                                 \
  inline constexpr ScalarType scalar_type_of<cpp> = ScalarType::name;
SCRIPTORCH_FORALL_SCALAR_TYPES(SCRIPTORCH_CPP_TO_SCALAR_TYPE)
#undef SCRIPTORCH_CPP_TO_SCALAR_TYPE

/// True for the element types a tensor may hold.
constexpr bool is_valid(ScalarType t) noexcept {
  switch (t) {
#define SCRIPTORCH_CASE(cpp, name, number, torch_name, storage) case ScalarType::name:
    SCRIPTORCH_FORALL_SCALAR_TYPES(SCRIPTORCH_CASE)
#undef SCRIPTORCH_CASE
    return true;
    default:
      return false;
  }
}

constexpr std::size_t element_size(ScalarType t) noexcept {
  switch (t) {
#define SCRIPTORCH_CASE(cpp, name, number, torch_name, storage) \
  case ScalarType::name:                                        \
    return sizeof(cpp);
    SCRIPTORCH_FORALL_SCALAR_TYPES(SCRIPTORCH_CASE)
#undef SCRIPTORCH_CASE
    default:
      return 0;
  }
}

/// PyTorch's dtype name without the `torch.` prefix ("float32", "int64", ...).
constexpr std::string_view dtype_name(ScalarType t) noexcept {
  switch (t) {
#define SCRIPTORCH_CASE(cpp, name, number, torch_name, storage) \
  case ScalarType::name:                                        \
    return torch_name;
    SCRIPTORCH_FORALL_SCALAR_TYPES(SCRIPTORCH_CASE)
#undef SCRIPTORCH_CASE
    default:
      return "undefined";
  }
}

/// The ScalarType's own name as c10 spells it ("Float", "Long", ...).
constexpr std::string_view scalar_type_name(ScalarType t) noexcept {
  switch (t) {
#define SCRIPTORCH_CASE(cpp, name, number, torch_name, storage) \
  case ScalarType::name:                                        \
    return #name;
    SCRIPTORCH_FORALL_SCALAR_TYPES(SCRIPTORCH_CASE)
#undef SCRIPTORCH_CASE
    default:
      return "Undefined";
  }
}

/// The legacy storage class archives name for this dtype (`torch.FloatStorage`).
constexpr std::string_view storage_class_name(ScalarType t) noexcept {
  switch (t) {
#define SCRIPTORCH_CASE(cpp, name, number, torch_name, storage) \
  case ScalarType::name:                                        \
    return storage;
    SCRIPTORCH_FORALL_SCALAR_TYPES(SCRIPTORCH_CASE)
#undef SCRIPTORCH_CASE
    default:
      return "";
  }
}

/// Parses "float32", "torch.float32" and the aliases PyTorch accepts ("float", "long", "half", ...).
inline std::optional<ScalarType> parse_dtype(std::string_view text) noexcept {
  if (text.starts_with("torch.")) text.remove_prefix(6);
#define SCRIPTORCH_CASE(cpp, name, number, torch_name, storage) \
  if (text == torch_name) return ScalarType::name;
  SCRIPTORCH_FORALL_SCALAR_TYPES(SCRIPTORCH_CASE)
#undef SCRIPTORCH_CASE
  struct Alias {
    std::string_view alias;
    ScalarType type;
  };
  static constexpr Alias aliases[] = {{"float", ScalarType::Float},  {"double", ScalarType::Double},
                                      {"half", ScalarType::Half},    {"long", ScalarType::Long},
                                      {"int", ScalarType::Int},      {"short", ScalarType::Short}};
  for (const auto& a : aliases)
    if (a.alias == text) return a.type;
  return std::nullopt;
}

/// ScalarType from PyTorch's number (as stored in graphs and archives); nullopt if unknown.
constexpr std::optional<ScalarType> scalar_type_from_number(std::int64_t number) noexcept {
  const auto t = static_cast<ScalarType>(static_cast<std::int8_t>(number));
  if (number < 0 || number > 127 || !is_valid(t)) return std::nullopt;
  return t;
}

constexpr bool is_floating_point(ScalarType t) noexcept {
  return t == ScalarType::Float || t == ScalarType::Double || t == ScalarType::Half || t == ScalarType::BFloat16;
}
constexpr bool is_integral(ScalarType t, bool include_bool) noexcept {
  switch (t) {
    case ScalarType::Byte:
    case ScalarType::Char:
    case ScalarType::Short:
    case ScalarType::Int:
    case ScalarType::Long:
      return true;
    case ScalarType::Bool:
      return include_bool;
    default:
      return false;
  }
}
constexpr bool is_signed(ScalarType t) noexcept { return t != ScalarType::Byte && t != ScalarType::Bool; }

/// The type both operands promote to under PyTorch's lattice (torch.promote_types).
constexpr ScalarType promote_types(ScalarType a, ScalarType b) noexcept {
  if (a == b) return a;
  if (a == ScalarType::Undefined) return b;
  if (b == ScalarType::Undefined) return a;
  if (a == ScalarType::Bool) return b;
  if (b == ScalarType::Bool) return a;
  const bool a_float = is_floating_point(a);
  const bool b_float = is_floating_point(b);
  if (a_float != b_float) return a_float ? a : b;
  if (a_float) {  // both floating
    if ((a == ScalarType::Half && b == ScalarType::BFloat16) || (a == ScalarType::BFloat16 && b == ScalarType::Half))
      return ScalarType::Float;
    return element_size(a) >= element_size(b) ? a : b;
  }
  // both integral, different: uint8 with a signed type needs at least int16.
  if (a == ScalarType::Byte || b == ScalarType::Byte) {
    const ScalarType other = a == ScalarType::Byte ? b : a;
    return element_size(other) >= 2 ? other : ScalarType::Short;
  }
  return element_size(a) >= element_size(b) ? a : b;
}

inline std::ostream& operator<<(std::ostream& out, ScalarType t) { return out << scalar_type_name(t); }

}  // namespace scriptorch
