// IValue: the 16-byte tagged union that carries every TorchScript value (None, Tensor, int, float,
// bool, str, Device, List, Dict, Tuple, Object) through the interpreter, constants and archives.
// Lists, dicts and objects have reference semantics — copies of an IValue share them, as in
// TorchScript. The heap kinds live in ivalue_{list,dict,tuple,object}.hpp, included below.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <limits>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "scriptorch/core/class_type.hpp"
#include "scriptorch/core/device.hpp"
#include "scriptorch/core/error.hpp"
#include "scriptorch/core/intrusive_ptr.hpp"
#include "scriptorch/core/scalar.hpp"
#include "scriptorch/core/scalar_type.hpp"
#include "scriptorch/core/tensor.hpp"
#include "scriptorch/core/type.hpp"

namespace scriptorch {

// Every IValue kind, listed once, named as PyTorch's IValue::tagKind() names them.
#define SCRIPTORCH_FORALL_IVALUE_TAGS(_) \
  _(None)                                \
  _(Tensor)                              \
  _(Double)                              \
  _(Int)                                 \
  _(Bool)                                \
  _(String)                              \
  _(Device)                              \
  _(GenericList)                         \
  _(GenericDict)                         \
  _(Tuple)                               \
  _(Object)

class GenericList;
class GenericDict;
class Tuple;
class Object;
using TuplePtr = IntrusivePtr<Tuple>;
using ObjectPtr = IntrusivePtr<Object>;

/// An immutable string on the heap (TorchScript strings are immutable, so copies share it).
struct ConstantString final : IntrusiveTarget {
  explicit ConstantString(std::string s) : str(std::move(s)) {}
  const std::string str;
};

class IValue {
 public:
  enum class Tag : std::uint8_t {
#define SCRIPTORCH_IVALUE_TAG_ENUM(name) name,
    SCRIPTORCH_FORALL_IVALUE_TAGS(SCRIPTORCH_IVALUE_TAG_ENUM)
#undef SCRIPTORCH_IVALUE_TAG_ENUM
  };

  // ---- construction ---------------------------------------------------------------------------

  IValue() noexcept : tag_(Tag::None) {}
  IValue(std::nullopt_t) noexcept : IValue() {}   // NOLINT: implicit, None
  IValue(std::nullptr_t) noexcept : IValue() {}   // NOLINT: keeps nullptr from picking const char*
  IValue(Tensor t) noexcept : tag_(Tag::Tensor) { new (&payload_.as_tensor) Tensor(std::move(t)); }  // NOLINT
  IValue(bool b) noexcept : tag_(Tag::Bool) { payload_.as_bool = b; }                                 // NOLINT
  IValue(double d) noexcept : tag_(Tag::Double) { payload_.as_double = d; }                           // NOLINT
  IValue(float d) noexcept : IValue(static_cast<double>(d)) {}                                        // NOLINT
  /// Any integer type but bool; unsigned values beyond int64 are rejected (TorchScript ints are int64).
  template <class T>
    requires(std::is_integral_v<T> && !std::is_same_v<T, bool>)
  IValue(T i) : tag_(Tag::Int) {  // NOLINT
    if constexpr (std::is_unsigned_v<T> && sizeof(T) >= sizeof(std::int64_t)) {
      SCRIPTORCH_CHECK(i <= static_cast<T>(std::numeric_limits<std::int64_t>::max()), ValueError, "integer ", i,
                       " does not fit TorchScript's int (int64)");
    }
    payload_.as_int = static_cast<std::int64_t>(i);
  }
  /// ScalarType, as TorchScript stores dtypes: an int with PyTorch's number.
  IValue(ScalarType t) noexcept : IValue(static_cast<std::int64_t>(t)) {}  // NOLINT
  IValue(const Scalar& s) noexcept : tag_(Tag::None) {                     // NOLINT
    if (s.is_bool()) *this = IValue(s.to_bool());
    else if (s.is_integral()) *this = IValue(s.to_int());
    else *this = IValue(s.to_double());
  }
  IValue(Device d) noexcept : tag_(Tag::Device) { new (&payload_.as_device) Device(d); }  // NOLINT
  IValue(IntrusivePtr<ConstantString> s) : tag_(Tag::String) {                           // NOLINT
    SCRIPTORCH_CHECK(s != nullptr, ValueError, "IValue: null string");
    new (&payload_.as_heap) IntrusivePtr<IntrusiveTarget>(std::move(s));
  }
  IValue(std::string s) : IValue(make_intrusive<ConstantString>(std::move(s))) {}  // NOLINT
  IValue(std::string_view s) : IValue(std::string(s)) {}                           // NOLINT
  IValue(const char* s) : IValue(std::string(s)) {}                                // NOLINT
  IValue(GenericList list);                                                        // NOLINT
  IValue(GenericDict dict);                                                        // NOLINT
  IValue(TuplePtr tuple);                                                          // NOLINT
  IValue(ObjectPtr object);                                                        // NOLINT
  /// None when empty, else the value.
  template <class T>
  IValue(std::optional<T> v) : IValue() {  // NOLINT
    if (v) *this = IValue(std::move(*v));
  }
  // Lists of the common element types (List[int], List[float], List[bool], List[Tensor], List[str]).
  IValue(const std::vector<std::int64_t>& v);  // NOLINT
  IValue(const std::vector<double>& v);        // NOLINT
  IValue(const std::vector<bool>& v);          // NOLINT
  IValue(const std::vector<Tensor>& v);        // NOLINT
  IValue(const std::vector<std::string>& v);   // NOLINT

  IValue(const IValue& other) : tag_(other.tag_) { copy_payload(other); }
  IValue(IValue&& other) noexcept : tag_(other.tag_) { move_payload(std::move(other)); }
  IValue& operator=(const IValue& other) {
    if (this != &other) {
      IValue copy(other);
      *this = std::move(copy);
    }
    return *this;
  }
  IValue& operator=(IValue&& other) noexcept {
    if (this != &other) {
      destroy();
      tag_ = other.tag_;
      move_payload(std::move(other));
    }
    return *this;
  }
  ~IValue() { destroy(); }

  void swap(IValue& other) noexcept {
    IValue tmp(std::move(other));
    other = std::move(*this);
    *this = std::move(tmp);
  }

  // ---- kind queries ---------------------------------------------------------------------------

  Tag tag() const noexcept { return tag_; }
  /// The tag's name as PyTorch's tagKind() prints it ("Int", "GenericList", ...).
  const char* tag_kind() const noexcept { return tag_name(tag_); }
  static const char* tag_name(Tag tag) noexcept {
    switch (tag) {
#define SCRIPTORCH_IVALUE_TAG_NAME(name) \
  case Tag::name:                        \
    return #name;
      SCRIPTORCH_FORALL_IVALUE_TAGS(SCRIPTORCH_IVALUE_TAG_NAME)
#undef SCRIPTORCH_IVALUE_TAG_NAME
    }
    return "InvalidTag";
  }

  bool is_none() const noexcept { return tag_ == Tag::None; }
  bool is_tensor() const noexcept { return tag_ == Tag::Tensor; }
  bool is_double() const noexcept { return tag_ == Tag::Double; }
  bool is_int() const noexcept { return tag_ == Tag::Int; }
  bool is_bool() const noexcept { return tag_ == Tag::Bool; }
  bool is_string() const noexcept { return tag_ == Tag::String; }
  bool is_device() const noexcept { return tag_ == Tag::Device; }
  bool is_list() const noexcept { return tag_ == Tag::GenericList; }
  bool is_generic_dict() const noexcept { return tag_ == Tag::GenericDict; }
  bool is_tuple() const noexcept { return tag_ == Tag::Tuple; }
  bool is_object() const noexcept { return tag_ == Tag::Object; }
  /// int, float or bool: what a `Scalar` (`number`) argument accepts.
  bool is_scalar() const noexcept { return is_int() || is_double() || is_bool(); }
  /// Heap kinds, whose copies share one object.
  bool is_intrusive_ptr() const noexcept { return tag_ >= Tag::String && tag_ != Tag::Device; }
  bool is_int_list() const;
  bool is_double_list() const;
  bool is_bool_list() const;
  bool is_tensor_list() const;

  // ---- access (TypeError "Expected Int but got Double" on the wrong kind) ----------------------

  const Tensor& to_tensor() const& {
    expect(Tag::Tensor);
    return payload_.as_tensor;
  }
  Tensor to_tensor() && {
    expect(Tag::Tensor);
    Tensor t = std::move(payload_.as_tensor);
    *this = IValue();
    return t;
  }
  std::int64_t to_int() const {
    expect(Tag::Int);
    return payload_.as_int;
  }
  double to_double() const {
    expect(Tag::Double);
    return payload_.as_double;
  }
  bool to_bool() const {
    expect(Tag::Bool);
    return payload_.as_bool;
  }
  Device to_device() const {
    expect(Tag::Device);
    return payload_.as_device;
  }
  const std::string& to_string_ref() const {
    expect(Tag::String);
    return static_cast<const ConstantString*>(payload_.as_heap.get())->str;
  }
  std::string_view to_string_view() const { return to_string_ref(); }
  /// int, float or bool as a Scalar.
  Scalar to_scalar() const {
    if (is_int()) return Scalar(payload_.as_int);
    if (is_double()) return Scalar(payload_.as_double);
    if (is_bool()) return Scalar(payload_.as_bool);
    SCRIPTORCH_THROW(TypeError, "Expected a Scalar (int, float or bool) but got ", tag_kind());
  }
  /// An int holding a dtype number, as TorchScript passes `ScalarType` arguments.
  ScalarType to_scalar_type() const {
    const auto t = scalar_type_from_number(to_int());
    SCRIPTORCH_CHECK(t.has_value(), ValueError, "IValue ", to_int(), " is not a supported dtype number");
    return *t;
  }
  /// The shared list (copies of the returned handle still share it).
  GenericList to_list() const;
  GenericDict to_generic_dict() const;
  TuplePtr to_tuple() const;
  const Tuple& to_tuple_ref() const;
  ObjectPtr to_object() const;
  Object& to_object_ref() const;

  // Copies out a List[int] / List[float] / List[bool] / List[Tensor] (each element checked).
  std::vector<std::int64_t> to_int_vector() const;
  std::vector<double> to_double_vector() const;
  std::vector<bool> to_bool_vector() const;
  std::vector<Tensor> to_tensor_vector() const;

  // ---- identity, equality, hashing, type ------------------------------------------------------

  /// TorchScript's `is`: the same tensor / the same heap object; equal values for int, float,
  /// bool, Device and None. An undefined tensor `is` None, as in PyTorch.
  bool is(const IValue& rhs) const;
  /// TorchScript's `bool(a == b)`: values of different kinds are unequal (1 != 1.0 here, as in
  /// c10's IValue equality; the compiler inserts conversions first); lists, tuples and dicts
  /// compare elementwise with identity as a fast path; objects by identity; two tensors as
  /// bool(torch.eq(a, b)), which needs exactly one element after broadcasting.
  friend bool operator==(const IValue& a, const IValue& b);
  friend bool operator!=(const IValue& a, const IValue& b) { return !(a == b); }

  /// The value's TorchScript type: List[int] for a list of ints, the NamedTuple's type, the
  /// object's ClassType, ...
  TypePtr type() const;
  /// Whether this value can be passed where `t` is expected (T <: t for the value's type T).
  bool is_instance_of(const Type& t) const;
  bool is_instance_of(const TypePtr& t) const { return is_instance_of(*t); }

 private:
  union Payload {
    std::int64_t as_int;
    double as_double;
    bool as_bool;
    Device as_device;
    Tensor as_tensor;
    IntrusivePtr<IntrusiveTarget> as_heap;
    Payload() noexcept : as_int(0) {}
    ~Payload() {}  // the IValue destroys the live member
  };

  void expect(Tag tag) const {
    SCRIPTORCH_CHECK(tag_ == tag, TypeError, "Expected ", tag_name(tag), " but got ", tag_kind());
  }
  template <class T>
  T* heap_as() const noexcept {
    return static_cast<T*>(payload_.as_heap.get());
  }

  void copy_payload(const IValue& other) {
    switch (other.tag_) {
      case Tag::None: break;
      case Tag::Tensor: new (&payload_.as_tensor) Tensor(other.payload_.as_tensor); break;
      case Tag::Double: payload_.as_double = other.payload_.as_double; break;
      case Tag::Int: payload_.as_int = other.payload_.as_int; break;
      case Tag::Bool: payload_.as_bool = other.payload_.as_bool; break;
      case Tag::Device: new (&payload_.as_device) Device(other.payload_.as_device); break;
      default: new (&payload_.as_heap) IntrusivePtr<IntrusiveTarget>(other.payload_.as_heap); break;
    }
  }
  /// Takes other's payload (tag_ already copied) and leaves other None.
  void move_payload(IValue&& other) noexcept {
    switch (other.tag_) {
      case Tag::None: break;
      case Tag::Tensor: new (&payload_.as_tensor) Tensor(std::move(other.payload_.as_tensor)); break;
      case Tag::Double: payload_.as_double = other.payload_.as_double; break;
      case Tag::Int: payload_.as_int = other.payload_.as_int; break;
      case Tag::Bool: payload_.as_bool = other.payload_.as_bool; break;
      case Tag::Device: new (&payload_.as_device) Device(other.payload_.as_device); break;
      default: new (&payload_.as_heap) IntrusivePtr<IntrusiveTarget>(std::move(other.payload_.as_heap)); break;
    }
    other.destroy();
  }
  void destroy() noexcept {
    if (tag_ == Tag::Tensor) {
      payload_.as_tensor.~Tensor();
    } else if (is_intrusive_ptr()) {
      payload_.as_heap.~IntrusivePtr<IntrusiveTarget>();
    }
    tag_ = Tag::None;
    payload_.as_int = 0;
  }
  void set_heap(Tag tag, IntrusivePtr<IntrusiveTarget> p) noexcept {
    tag_ = tag;
    new (&payload_.as_heap) IntrusivePtr<IntrusiveTarget>(std::move(p));
  }

  Payload payload_;
  Tag tag_;
};

static_assert(sizeof(Tensor) == sizeof(void*), "IValue stores a Tensor inline: Tensor must stay one pointer wide");
static_assert(sizeof(IValue) == 16, "IValue must stay a 16-byte tagged union");

/// Hash and key equality for Dict keys (str, int, float, bool, complex-free, Device, Tensor):
/// tensors by identity, everything else by value, as TorchScript dicts do.
struct IValueKeyHash {
  std::size_t operator()(const IValue& v) const;
};
struct IValueKeyEqual {
  bool operator()(const IValue& a, const IValue& b) const;
};

namespace detail {
/// Element equality inside containers: identity, then ==.
inline bool fast_equals_for_container(const IValue& a, const IValue& b);
}  // namespace detail

}  // namespace scriptorch

// The heap kinds, which need IValue complete. Each part may also be included on its own; it then
// includes this header, which includes the part in this place.
#define SCRIPTORCH_INSIDE_IVALUE_HPP
#include "scriptorch/core/ivalue_list.hpp"
#include "scriptorch/core/ivalue_dict.hpp"
#include "scriptorch/core/ivalue_tuple.hpp"
#include "scriptorch/core/ivalue_object.hpp"
#undef SCRIPTORCH_INSIDE_IVALUE_HPP

namespace scriptorch {

inline IValue::IValue(GenericList list) : tag_(Tag::None) {
  SCRIPTORCH_CHECK(list.impl_ != nullptr, ValueError, "IValue: null list");
  set_heap(Tag::GenericList, std::move(list.impl_));
}
inline IValue::IValue(GenericDict dict) : tag_(Tag::None) {
  SCRIPTORCH_CHECK(dict.impl_ != nullptr, ValueError, "IValue: null dict");
  set_heap(Tag::GenericDict, std::move(dict.impl_));
}
inline IValue::IValue(TuplePtr tuple) : tag_(Tag::None) {
  SCRIPTORCH_CHECK(tuple != nullptr, ValueError, "IValue: null tuple");
  set_heap(Tag::Tuple, std::move(tuple));
}
inline IValue::IValue(ObjectPtr object) : tag_(Tag::None) {
  SCRIPTORCH_CHECK(object != nullptr, ValueError, "IValue: null object");
  set_heap(Tag::Object, std::move(object));
}

namespace detail {
template <class T>
GenericList make_list(TypePtr element_type, const std::vector<T>& values) {
  GenericList list(std::move(element_type));
  list.reserve(values.size());
  for (const auto& v : values) list.push_back(IValue(static_cast<T>(v)));
  return list;
}
}  // namespace detail

inline IValue::IValue(const std::vector<std::int64_t>& v) : IValue(detail::make_list(IntType::get(), v)) {}
inline IValue::IValue(const std::vector<double>& v) : IValue(detail::make_list(FloatType::get(), v)) {}
inline IValue::IValue(const std::vector<bool>& v) : IValue(GenericList(BoolType::get())) {
  auto list = to_list();
  for (const bool b : v) list.push_back(IValue(b));
}
inline IValue::IValue(const std::vector<Tensor>& v) : IValue(detail::make_list(TensorType::get(), v)) {}
inline IValue::IValue(const std::vector<std::string>& v) : IValue(detail::make_list(StringType::get(), v)) {}

inline GenericList IValue::to_list() const {
  expect(Tag::GenericList);
  return GenericList(static_intrusive_cast<ListImpl>(payload_.as_heap));
}
inline GenericDict IValue::to_generic_dict() const {
  expect(Tag::GenericDict);
  return GenericDict(static_intrusive_cast<DictImpl>(payload_.as_heap));
}
inline TuplePtr IValue::to_tuple() const {
  expect(Tag::Tuple);
  return static_intrusive_cast<Tuple>(payload_.as_heap);
}
inline const Tuple& IValue::to_tuple_ref() const {
  expect(Tag::Tuple);
  return *heap_as<Tuple>();
}
inline ObjectPtr IValue::to_object() const {
  expect(Tag::Object);
  return static_intrusive_cast<Object>(payload_.as_heap);
}
inline Object& IValue::to_object_ref() const {
  expect(Tag::Object);
  return *heap_as<Object>();
}

inline bool IValue::is_int_list() const { return is_list() && heap_as<ListImpl>()->element_type->isa<IntType>(); }
inline bool IValue::is_double_list() const {
  return is_list() && heap_as<ListImpl>()->element_type->isa<FloatType>();
}
inline bool IValue::is_bool_list() const { return is_list() && heap_as<ListImpl>()->element_type->isa<BoolType>(); }
inline bool IValue::is_tensor_list() const {
  return is_list() && heap_as<ListImpl>()->element_type->isa<TensorType>();
}

namespace detail {
template <class T, class Get>
std::vector<T> list_to_vector(const IValue& v, const char* what, Get get) {
  SCRIPTORCH_CHECK(v.is_list(), TypeError, "Expected ", what, " but got ", v.tag_kind());
  const GenericList list = v.to_list();
  std::vector<T> out;
  out.reserve(list.size());
  for (const IValue& e : list) out.push_back(get(e));
  return out;
}
}  // namespace detail

inline std::vector<std::int64_t> IValue::to_int_vector() const {
  return detail::list_to_vector<std::int64_t>(*this, "List[int]", [](const IValue& e) { return e.to_int(); });
}
inline std::vector<double> IValue::to_double_vector() const {
  return detail::list_to_vector<double>(*this, "List[float]", [](const IValue& e) { return e.to_double(); });
}
inline std::vector<bool> IValue::to_bool_vector() const {
  return detail::list_to_vector<bool>(*this, "List[bool]", [](const IValue& e) { return e.to_bool(); });
}
inline std::vector<Tensor> IValue::to_tensor_vector() const {
  return detail::list_to_vector<Tensor>(*this, "List[Tensor]", [](const IValue& e) { return e.to_tensor(); });
}

inline bool IValue::is(const IValue& rhs) const {
  const bool undefined_lhs = is_tensor() && !payload_.as_tensor.defined();
  const bool undefined_rhs = rhs.is_tensor() && !rhs.payload_.as_tensor.defined();
  if ((undefined_lhs || is_none()) && (undefined_rhs || rhs.is_none())) return true;
  if (is_tensor()) return rhs.is_tensor() && payload_.as_tensor.is_same(rhs.payload_.as_tensor);
  if (is_intrusive_ptr()) return rhs.tag_ == tag_ && payload_.as_heap == rhs.payload_.as_heap;
  return *this == rhs;
}

namespace detail {

/// One element of a one-element CPU tensor, widened for comparison.
struct TensorElement {
  bool is_floating;
  std::int64_t i;
  double d;
};
inline TensorElement single_tensor_element(const Tensor& t) {
  SCRIPTORCH_CHECK(t.device().is_cpu(), NotImplementedError,
                   "comparing tensors inside TorchScript containers is only supported on cpu, got ", t.device());
  switch (t.dtype()) {
#define SCRIPTORCH_CASE(cpp, name, number, torch_name, storage)                                  \
  case ScalarType::name: {                                                                       \
    const cpp value = *static_cast<const cpp*>(t.data_ptr());                                    \
    if constexpr (std::is_integral_v<cpp>) return {false, static_cast<std::int64_t>(value), 0.0}; \
    else if constexpr (std::is_floating_point_v<cpp>) return {true, 0, static_cast<double>(value)}; \
    else return {true, 0, static_cast<double>(static_cast<float>(value))}; /* Half, BFloat16 */    \
  }
    SCRIPTORCH_FORALL_SCALAR_TYPES(SCRIPTORCH_CASE)
#undef SCRIPTORCH_CASE
    default:
      break;
  }
  SCRIPTORCH_THROW(TypeError, "tensor comparison: unsupported dtype ", t.dtype());
}

/// bool(torch.eq(a, b)) as Python's `==` on tensors: broadcast, then demand exactly one element.
inline bool tensor_equal_as_bool(const Tensor& a, const Tensor& b) {
  SCRIPTORCH_CHECK(a.defined() && b.defined(), RuntimeError, "cannot compare an undefined tensor");
  const std::int64_t na = a.dim();
  const std::int64_t nb = b.dim();
  const std::int64_t n = na > nb ? na : nb;
  std::int64_t numel = 1;
  for (std::int64_t i = 0; i < n; ++i) {  // dimensions aligned from the right
    const std::int64_t sa = i < na ? a.sizes()[static_cast<std::size_t>(na - 1 - i)] : 1;
    const std::int64_t sb = i < nb ? b.sizes()[static_cast<std::size_t>(nb - 1 - i)] : 1;
    SCRIPTORCH_CHECK(sa == sb || sa == 1 || sb == 1, RuntimeError, "The size of tensor a (", sa,
                     ") must match the size of tensor b (", sb, ") at non-singleton dimension ", n - 1 - i);
    numel *= sa == 1 ? sb : sa;
  }
  SCRIPTORCH_CHECK(numel != 0, RuntimeError, "Boolean value of Tensor with no values is ambiguous");
  SCRIPTORCH_CHECK(numel == 1, RuntimeError, "Boolean value of Tensor with more than one value is ambiguous");
  const TensorElement x = single_tensor_element(a);
  const TensorElement y = single_tensor_element(b);
  if (!x.is_floating && !y.is_floating) return x.i == y.i;
  const double dx = x.is_floating ? x.d : static_cast<double>(x.i);
  const double dy = y.is_floating ? y.d : static_cast<double>(y.i);
  return dx == dy;
}

/// Containers compare elements with identity first, as Python does (so a NaN or a tensor that
/// `is` itself equals itself).
inline bool fast_equals_for_container(const IValue& a, const IValue& b) { return a.is(b) || a == b; }

}  // namespace detail

inline bool operator==(const IValue& a, const IValue& b) {
  using Tag = IValue::Tag;
  switch (a.tag_) {
    case Tag::None: return b.is_none();
    case Tag::Tensor: return b.is_tensor() && detail::tensor_equal_as_bool(a.payload_.as_tensor, b.payload_.as_tensor);
    case Tag::Double: return b.is_double() && a.payload_.as_double == b.payload_.as_double;
    case Tag::Int: return b.is_int() && a.payload_.as_int == b.payload_.as_int;
    case Tag::Bool: return b.is_bool() && a.payload_.as_bool == b.payload_.as_bool;
    case Tag::String: return b.is_string() && a.to_string_ref() == b.to_string_ref();
    case Tag::Device: return b.is_device() && a.payload_.as_device == b.payload_.as_device;
    case Tag::GenericList: return b.is_list() && a.to_list() == b.to_list();
    case Tag::GenericDict: return b.is_generic_dict() && a.to_generic_dict() == b.to_generic_dict();
    case Tag::Tuple: return b.is_tuple() && a.to_tuple_ref() == b.to_tuple_ref();
    case Tag::Object: return b.is_object() && a.payload_.as_heap == b.payload_.as_heap;
  }
  return false;
}

inline TypePtr IValue::type() const {
  switch (tag_) {
    case Tag::None: return NoneType::get();
    case Tag::Tensor: return TensorType::get();
    case Tag::Double: return FloatType::get();
    case Tag::Int: return IntType::get();
    case Tag::Bool: return BoolType::get();
    case Tag::String: return StringType::get();
    case Tag::Device: return DeviceObjType::get();
    case Tag::GenericList: return ListType::create(heap_as<ListImpl>()->element_type);
    case Tag::GenericDict: return DictType::create(heap_as<DictImpl>()->key_type, heap_as<DictImpl>()->value_type);
    case Tag::Tuple: return heap_as<Tuple>()->type();
    case Tag::Object: return heap_as<Object>()->type();
  }
  return NoneType::get();
}

inline bool IValue::is_instance_of(const Type& t) const {
  // Answer the common cases without building the value's type.
  switch (t.kind()) {
    case TypeKind::AnyType: return true;
    case TypeKind::OptionalType:
      return is_none() || is_instance_of(*static_cast<const OptionalType&>(t).element_type());
    case TypeKind::TensorType: return is_tensor();
    case TypeKind::IntType: return is_int();
    case TypeKind::FloatType: return is_double();
    case TypeKind::BoolType: return is_bool();
    case TypeKind::StringType: return is_string();
    case TypeKind::NoneType: return is_none();
    case TypeKind::NumberType: return is_int() || is_double();
    case TypeKind::DeviceObjType: return is_device();
    case TypeKind::ListType:
      return is_list() && heap_as<ListImpl>()->element_type->equals(*static_cast<const ListType&>(t).element_type());
    case TypeKind::TupleType: {
      if (!is_tuple()) return false;
      const Tuple& tuple = *heap_as<Tuple>();
      if (tuple.named_type()) return tuple.named_type()->is_subtype_of(t);
      const auto& tt = static_cast<const TupleType&>(t);
      if (tt.is_named() || tt.size() != tuple.size()) return false;
      for (std::size_t i = 0; i < tuple.size(); ++i)
        if (!tuple.elements()[i].is_instance_of(*tt.elements()[i])) return false;
      return true;
    }
    default: return type()->is_subtype_of(t);
  }
}

inline std::size_t IValueKeyHash::operator()(const IValue& v) const {
  switch (v.tag()) {
    case IValue::Tag::Int: return std::hash<std::int64_t>()(v.to_int());
    case IValue::Tag::Double: return std::hash<double>()(v.to_double());
    case IValue::Tag::Bool: return std::hash<bool>()(v.to_bool());
    case IValue::Tag::String: return std::hash<std::string>()(v.to_string_ref());
    case IValue::Tag::Device:
      return std::hash<int>()(static_cast<int>(v.to_device().type()) * 256 + v.to_device().index());
    case IValue::Tag::Tensor: {
      // Keys are tensors by identity; tensors sharing a storage share a bucket, which is correct
      // (identical tensors hash alike) if not perfectly spread.
      const Tensor& t = v.to_tensor();
      return t.defined() ? std::hash<const void*>()(t.storage().data()) : 0;
    }
    default: break;
  }
  SCRIPTORCH_THROW(TypeError, "Can't hash IValues with tag '", v.tag_kind(), "'");
}

inline bool IValueKeyEqual::operator()(const IValue& a, const IValue& b) const {
  if (a.is_tensor() || b.is_tensor()) return a.is_tensor() && b.is_tensor() && a.to_tensor().is_same(b.to_tensor());
  return a == b;
}

inline void ClassType::add_constant(std::string name, IValue value) {
  SCRIPTORCH_CHECK(!has_constant(name), RuntimeError, "constant '", name, "' already defined in class '", name_, "'");
  SCRIPTORCH_CHECK(!has_attribute(name), RuntimeError, "constant '", name, "' of class '", name_,
                   "' clashes with an attribute of the same name");
  constants_.emplace_back(std::move(name), std::make_shared<const IValue>(std::move(value)));
}

}  // namespace scriptorch
