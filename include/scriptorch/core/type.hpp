// TorchScript's static types (c10::Type): the primitive singletons, List, Tuple / NamedTuple,
// Dict and Optional, with TorchScript's subtyping and both printed forms — `annotation_str()` as
// Python annotations and `.code` print them (List[int]) and `str()` as `.graph` prints them (int[]).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "scriptorch/core/error.hpp"

namespace scriptorch {

// Every kind of type, listed once.
#define SCRIPTORCH_FORALL_TYPE_KINDS(_) \
  _(AnyType)                            \
  _(TensorType)                         \
  _(IntType)                            \
  _(FloatType)                          \
  _(ComplexType)                        \
  _(BoolType)                           \
  _(StringType)                         \
  _(NoneType)                           \
  _(NumberType)                         \
  _(DeviceObjType)                      \
  _(StreamObjType)                      \
  _(GeneratorType)                      \
  _(StorageType)                        \
  _(QSchemeType)                        \
  _(ListType)                           \
  _(TupleType)                          \
  _(DictType)                           \
  _(OptionalType)                       \
  _(ClassType)

enum class TypeKind : std::uint8_t {
#define SCRIPTORCH_TYPE_KIND_ENUM(Name) Name,
  SCRIPTORCH_FORALL_TYPE_KINDS(SCRIPTORCH_TYPE_KIND_ENUM)
#undef SCRIPTORCH_TYPE_KIND_ENUM
};

inline const char* type_kind_name(TypeKind kind) noexcept {
  switch (kind) {
#define SCRIPTORCH_TYPE_KIND_NAME(Name) \
  case TypeKind::Name:                  \
    return #Name;
    SCRIPTORCH_FORALL_TYPE_KINDS(SCRIPTORCH_TYPE_KIND_NAME)
#undef SCRIPTORCH_TYPE_KIND_NAME
  }
  return "UnknownType";
}

class Type;
/// Types are immutable once built and shared freely (ClassType, which the compiler grows while it
/// compiles a class, is the one exception; see class_type.hpp).
using TypePtr = std::shared_ptr<const Type>;

class Type : public std::enable_shared_from_this<Type> {
 public:
  Type(const Type&) = delete;
  Type& operator=(const Type&) = delete;
  virtual ~Type() = default;

  TypeKind kind() const noexcept { return kind_; }

  /// The form `.graph` and schemas print: int[], Tensor?, Dict(str, Tensor), (int, Tensor).
  virtual std::string str() const = 0;
  /// The form Python annotations and `.code` print: List[int], Optional[Tensor], Tuple[int, Tensor].
  virtual std::string annotation_str() const { return str(); }

  /// Structural equality (identity for class types).
  virtual bool equals(const Type& rhs) const { return kind_ == rhs.kind_; }

  /// TorchScript's subtyping: everything <: Any; None <: Optional[T]; T <: Optional[U] if T <: U;
  /// tuples are covariant, lists and dicts invariant; a NamedTuple may pass as a plain tuple.
  bool is_subtype_of(const Type& rhs) const;
  bool is_subtype_of(const TypePtr& rhs) const { return is_subtype_of(*rhs); }

  /// The types this one is built from (element types, key and value, ...), in order.
  virtual std::vector<TypePtr> contained_types() const { return {}; }

  template <class T>
  bool isa() const noexcept {
    return kind_ == T::Kind;
  }
  /// This type as a T, or null if it is another kind.
  template <class T>
  std::shared_ptr<const T> cast() const {
    if (!isa<T>()) return nullptr;
    return std::static_pointer_cast<const T>(shared_from_this());
  }
  /// This type as a T; throws TypeError naming both kinds if it is another kind.
  template <class T>
  const T& expect() const {
    SCRIPTORCH_CHECK(isa<T>(), TypeError, "Expected a ", type_kind_name(T::Kind), " but got type '",
                     annotation_str(), "'");
    return static_cast<const T&>(*this);
  }

 protected:
  explicit Type(TypeKind kind) noexcept : kind_(kind) {}
  /// Subtyping beyond the rules common to every type (Any, Optional, equality).
  virtual bool is_subtype_of_impl(const Type& rhs) const { return equals(rhs); }

 private:
  TypeKind kind_;
};

inline bool operator==(const Type& a, const Type& b) { return a.equals(b); }
inline std::ostream& operator<<(std::ostream& out, const Type& t) { return out << t.str(); }

/// Structural equality of two type pointers (null equals only null).
inline bool type_equal(const TypePtr& a, const TypePtr& b) {
  if (!a || !b) return a == b;
  return a == b || a->equals(*b);
}

// The primitive types: (class, str() form, annotation_str() form). Each is a singleton.
#define SCRIPTORCH_FORALL_SINGLETON_TYPES(_)  \
  _(AnyType, "Any", "Any")                    \
  _(TensorType, "Tensor", "Tensor")           \
  _(IntType, "int", "int")                    \
  _(FloatType, "float", "float")              \
  _(ComplexType, "complex", "complex")        \
  _(BoolType, "bool", "bool")                 \
  _(StringType, "str", "str")                 \
  _(NoneType, "NoneType", "NoneType")         \
  _(NumberType, "Scalar", "number")           \
  _(DeviceObjType, "Device", "Device")        \
  _(StreamObjType, "Stream", "Stream")        \
  _(GeneratorType, "Generator", "Generator")  \
  _(StorageType, "Storage", "Storage")        \
  _(QSchemeType, "QScheme", "QScheme")

#define SCRIPTORCH_DECLARE_SINGLETON_TYPE(Name, str_form, annotation_form)                     \
  class Name;                                                                                  \
  using Name##Ptr = std::shared_ptr<const Name>;                                               \
  class Name final : public Type {                                                             \
   public:                                                                                     \
    static constexpr TypeKind Kind = TypeKind::Name;                                           \
    static const Name##Ptr& get() {                                                            \
      static const Name##Ptr instance(new Name());                                             \
      return instance;                                                                         \
    }                                                                                          \
    std::string str() const override { return str_form; }                                     \
    std::string annotation_str() const override { return annotation_form; }                   \
                                                                                               \
   protected:                                                                                  \
    bool is_subtype_of_impl(const Type& rhs) const override;                                   \
                                                                                               \
   private:                                                                                    \
    Name() noexcept : Type(Kind) {}                                                            \
  };
SCRIPTORCH_FORALL_SINGLETON_TYPES(SCRIPTORCH_DECLARE_SINGLETON_TYPE)
#undef SCRIPTORCH_DECLARE_SINGLETON_TYPE

// int, float and complex are numbers (Scalar in schemas); bool is not, as in TorchScript.
#define SCRIPTORCH_DEFINE_SINGLETON_SUBTYPE(Name, str_form, annotation_form)         \
  inline bool Name::is_subtype_of_impl(const Type& rhs) const {                      \
    if (rhs.kind() == TypeKind::NumberType &&                                        \
        (Kind == TypeKind::IntType || Kind == TypeKind::FloatType || Kind == TypeKind::ComplexType)) \
      return true;                                                                   \
    return equals(rhs);                                                              \
  }
SCRIPTORCH_FORALL_SINGLETON_TYPES(SCRIPTORCH_DEFINE_SINGLETON_SUBTYPE)
#undef SCRIPTORCH_DEFINE_SINGLETON_SUBTYPE

class ListType;
class TupleType;
class DictType;
class OptionalType;
using ListTypePtr = std::shared_ptr<const ListType>;
using TupleTypePtr = std::shared_ptr<const TupleType>;
using DictTypePtr = std::shared_ptr<const DictType>;
using OptionalTypePtr = std::shared_ptr<const OptionalType>;

namespace detail {
inline void check_type_argument(const TypePtr& t, const char* what) {
  SCRIPTORCH_CHECK(t != nullptr, ValueError, what, ": a contained type is null");
}
}  // namespace detail

/// List[T]: mutable and invariant in T (List[int] is not a List[float]).
class ListType final : public Type {
 public:
  static constexpr TypeKind Kind = TypeKind::ListType;
  static ListTypePtr create(TypePtr element) {
    detail::check_type_argument(element, "ListType");
    return ListTypePtr(new ListType(std::move(element)));
  }
  static ListTypePtr of_tensors() { return create(TensorType::get()); }
  static ListTypePtr of_ints() { return create(IntType::get()); }
  static ListTypePtr of_floats() { return create(FloatType::get()); }
  static ListTypePtr of_bools() { return create(BoolType::get()); }
  static ListTypePtr of_strings() { return create(StringType::get()); }

  const TypePtr& element_type() const noexcept { return element_; }
  std::string str() const override { return element_->str() + "[]"; }
  std::string annotation_str() const override { return "List[" + element_->annotation_str() + "]"; }
  bool equals(const Type& rhs) const override {
    return rhs.kind() == Kind && element_->equals(*static_cast<const ListType&>(rhs).element_);
  }
  std::vector<TypePtr> contained_types() const override { return {element_}; }

 private:
  explicit ListType(TypePtr element) noexcept : Type(Kind), element_(std::move(element)) {}
  TypePtr element_;
};

/// Dict[K, V]: insertion-ordered, invariant in both K and V. Keys are str, int, float, bool, complex,
/// Device or Tensor (as TorchScript allows).
class DictType final : public Type {
 public:
  static constexpr TypeKind Kind = TypeKind::DictType;
  static DictTypePtr create(TypePtr key, TypePtr value) {
    detail::check_type_argument(key, "DictType");
    detail::check_type_argument(value, "DictType");
    const TypeKind k = key->kind();
    SCRIPTORCH_CHECK(k == TypeKind::StringType || k == TypeKind::IntType || k == TypeKind::FloatType ||
                         k == TypeKind::BoolType || k == TypeKind::TensorType || k == TypeKind::ComplexType ||
                         k == TypeKind::DeviceObjType,
                     TypeError, "Cannot create dict for key type '", key->annotation_str(),
                     "', only int, float, complex, Tensor, device and string keys are supported");
    return DictTypePtr(new DictType(std::move(key), std::move(value)));
  }

  const TypePtr& key_type() const noexcept { return key_; }
  const TypePtr& value_type() const noexcept { return value_; }
  std::string str() const override { return "Dict(" + key_->str() + ", " + value_->str() + ")"; }
  std::string annotation_str() const override {
    return "Dict[" + key_->annotation_str() + ", " + value_->annotation_str() + "]";
  }
  bool equals(const Type& rhs) const override {
    if (rhs.kind() != Kind) return false;
    const auto& d = static_cast<const DictType&>(rhs);
    return key_->equals(*d.key_) && value_->equals(*d.value_);
  }
  std::vector<TypePtr> contained_types() const override { return {key_, value_}; }

 private:
  DictType(TypePtr key, TypePtr value) noexcept : Type(Kind), key_(std::move(key)), value_(std::move(value)) {}
  TypePtr key_;
  TypePtr value_;
};

/// Optional[T]: T or None. Optional[Optional[T]] collapses to Optional[T], as in TorchScript.
class OptionalType final : public Type {
 public:
  static constexpr TypeKind Kind = TypeKind::OptionalType;
  static OptionalTypePtr create(TypePtr element) {
    detail::check_type_argument(element, "OptionalType");
    SCRIPTORCH_CHECK(element->kind() != TypeKind::NoneType, TypeError,
                     "Optional[NoneType] is not a type: use NoneType itself");
    if (element->kind() == Kind) return std::static_pointer_cast<const OptionalType>(element);
    return OptionalTypePtr(new OptionalType(std::move(element)));
  }
  static OptionalTypePtr of_tensor() { return create(TensorType::get()); }

  const TypePtr& element_type() const noexcept { return element_; }
  std::string str() const override { return element_->str() + "?"; }
  std::string annotation_str() const override { return "Optional[" + element_->annotation_str() + "]"; }
  bool equals(const Type& rhs) const override {
    return rhs.kind() == Kind && element_->equals(*static_cast<const OptionalType&>(rhs).element_);
  }
  std::vector<TypePtr> contained_types() const override { return {element_}; }

 protected:
  bool is_subtype_of_impl(const Type& rhs) const override {
    // Optional[T] <: Optional[U] when T <: U (the common rules already handled rhs == Optional).
    return equals(rhs);
  }

 private:
  explicit OptionalType(TypePtr element) noexcept : Type(Kind), element_(std::move(element)) {}
  TypePtr element_;
};

/// Tuple[T1, ..., Tn], or a NamedTuple when it carries a qualified name and field names.
class TupleType final : public Type {
 public:
  static constexpr TypeKind Kind = TypeKind::TupleType;
  static TupleTypePtr create(std::vector<TypePtr> elements) {
    for (const auto& e : elements) detail::check_type_argument(e, "TupleType");
    return TupleTypePtr(new TupleType(std::move(elements), std::nullopt, {}));
  }
  /// A NamedTuple type: `qualified_name` as TorchScript writes it (e.g. "__torch__.NT").
  static TupleTypePtr create_named(std::string qualified_name, std::vector<std::string> field_names,
                                   std::vector<TypePtr> elements) {
    SCRIPTORCH_CHECK(field_names.size() == elements.size(), ValueError, "NamedTuple '", qualified_name, "' has ",
                     field_names.size(), " field names but ", elements.size(), " field types");
    SCRIPTORCH_CHECK(!qualified_name.empty(), ValueError, "NamedTuple needs a name");
    for (const auto& e : elements) detail::check_type_argument(e, "TupleType");
    return TupleTypePtr(new TupleType(std::move(elements), std::move(qualified_name), std::move(field_names)));
  }

  const std::vector<TypePtr>& elements() const noexcept { return elements_; }
  std::size_t size() const noexcept { return elements_.size(); }
  bool is_named() const noexcept { return name_.has_value(); }
  /// The NamedTuple's qualified name, or nullopt for a plain tuple.
  const std::optional<std::string>& name() const noexcept { return name_; }
  /// The NamedTuple's field names (empty for a plain tuple).
  const std::vector<std::string>& field_names() const noexcept { return field_names_; }
  /// Index of the named field, or nullopt.
  std::optional<std::size_t> field_index(const std::string& field) const {
    for (std::size_t i = 0; i < field_names_.size(); ++i)
      if (field_names_[i] == field) return i;
    return std::nullopt;
  }

  std::string str() const override {
    std::string out = name_ ? "NamedTuple(" : "(";
    for (std::size_t i = 0; i < elements_.size(); ++i) {
      if (i) out += ", ";
      if (name_) out += field_names_[i] + " : ";
      out += elements_[i]->str();
    }
    return out + ")";
  }
  std::string annotation_str() const override {
    if (name_) return *name_;
    if (elements_.empty()) return "Tuple[()]";
    std::string out = "Tuple[";
    for (std::size_t i = 0; i < elements_.size(); ++i) {
      if (i) out += ", ";
      out += elements_[i]->annotation_str();
    }
    return out + "]";
  }
  bool equals(const Type& rhs) const override {
    if (rhs.kind() != Kind) return false;
    const auto& t = static_cast<const TupleType&>(rhs);
    if (!same_elements(t, [](const Type& a, const Type& b) { return a.equals(b); })) return false;
    return name_ == t.name_ && field_names_ == t.field_names_;
  }
  std::vector<TypePtr> contained_types() const override { return elements_; }

 protected:
  bool is_subtype_of_impl(const Type& rhs) const override {
    if (rhs.kind() != Kind) return false;
    const auto& t = static_cast<const TupleType&>(rhs);
    // A plain tuple never passes as a NamedTuple; a NamedTuple passes as a plain tuple, or as
    // a NamedTuple with the same field names (covariantly in the field types).
    if (!name_ && t.name_) return false;
    if (t.name_ && field_names_ != t.field_names_) return false;
    return same_elements(t, [](const Type& a, const Type& b) { return a.is_subtype_of(b); });
  }

 private:
  TupleType(std::vector<TypePtr> elements, std::optional<std::string> name, std::vector<std::string> fields)
      : Type(Kind), elements_(std::move(elements)), name_(std::move(name)), field_names_(std::move(fields)) {}
  template <class Pred>
  bool same_elements(const TupleType& t, Pred pred) const {
    if (elements_.size() != t.elements_.size()) return false;
    for (std::size_t i = 0; i < elements_.size(); ++i)
      if (!pred(*elements_[i], *t.elements_[i])) return false;
    return true;
  }

  std::vector<TypePtr> elements_;
  std::optional<std::string> name_;
  std::vector<std::string> field_names_;
};

inline bool Type::is_subtype_of(const Type& rhs) const {
  if (rhs.kind() == TypeKind::AnyType) return true;
  if (rhs.kind() == TypeKind::OptionalType) {
    const auto& element = *static_cast<const OptionalType&>(rhs).element_type();
    if (kind_ == TypeKind::NoneType) return true;
    if (kind_ == TypeKind::OptionalType) return static_cast<const OptionalType&>(*this).element_type()->is_subtype_of(element);
    return is_subtype_of(element);
  }
  return is_subtype_of_impl(rhs);
}

/// The type both branches of an `if` (or both loop-carried values) can be given, as TorchScript's
/// unifyTypes: the supertype if one is a subtype of the other; T and None give Optional[T];
/// Optional[T] and U give Optional[unify(T, U)]; tuples unify elementwise; otherwise nullopt
/// (so List[int] and List[float] do not unify).
inline std::optional<TypePtr> unify_types(const TypePtr& t1, const TypePtr& t2) {
  detail::check_type_argument(t1, "unify_types");
  detail::check_type_argument(t2, "unify_types");
  if (t1->is_subtype_of(*t2)) return t2;
  if (t2->is_subtype_of(*t1)) return t1;
  const bool none1 = t1->kind() == TypeKind::NoneType;
  const bool none2 = t2->kind() == TypeKind::NoneType;
  if (none1 && !none2) return OptionalType::create(t2);
  if (none2 && !none1) return OptionalType::create(t1);
  if (const auto o1 = t1->cast<OptionalType>()) {
    if (auto element = unify_types(o1->element_type(), t2)) return OptionalType::create(std::move(*element));
  } else if (const auto o2 = t2->cast<OptionalType>()) {
    if (auto element = unify_types(o2->element_type(), t1)) return OptionalType::create(std::move(*element));
  }
  const auto tuple1 = t1->cast<TupleType>();
  const auto tuple2 = t2->cast<TupleType>();
  if (tuple1 && tuple2) {
    if (tuple1->size() != tuple2->size()) return std::nullopt;
    std::vector<TypePtr> elements;
    elements.reserve(tuple1->size());
    for (std::size_t i = 0; i < tuple1->size(); ++i) {
      auto element = unify_types(tuple1->elements()[i], tuple2->elements()[i]);
      if (!element) return std::nullopt;
      elements.push_back(std::move(*element));
    }
    return TupleType::create(std::move(elements));
  }
  return std::nullopt;
}

/// unify_types over a list (as torch._C.unify_type_list); nullopt if empty or they do not unify.
inline std::optional<TypePtr> unify_type_list(const std::vector<TypePtr>& types) {
  if (types.empty()) return std::nullopt;
  TypePtr result = types.front();
  for (std::size_t i = 1; i < types.size(); ++i) {
    auto unified = unify_types(result, types[i]);
    if (!unified) return std::nullopt;
    result = std::move(*unified);
  }
  return result;
}

}  // namespace scriptorch
