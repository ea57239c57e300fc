// Tuple: TorchScript's immutable tuple value, plain or a NamedTuple (then it carries its
// TupleType, whose field names let `t.field` and printing find the elements).
// Part of ivalue.hpp; including this header includes that one.
#ifndef SCRIPTORCH_INSIDE_IVALUE_HPP
#include "scriptorch/core/ivalue.hpp"
#elif !defined(SCRIPTORCH_CORE_IVALUE_TUPLE_HPP)
#define SCRIPTORCH_CORE_IVALUE_TUPLE_HPP

namespace scriptorch {

class Tuple final : public IntrusiveTarget {
 public:
  static TuplePtr create(std::vector<IValue> elements) {
    return TuplePtr(new Tuple(std::move(elements), nullptr));
  }
  template <class... Values>
    requires(sizeof...(Values) != 1 || (!std::is_same_v<std::decay_t<Values>, std::vector<IValue>> && ...))
  static TuplePtr create(Values&&... values) {
    std::vector<IValue> elements;
    elements.reserve(sizeof...(Values));
    (elements.emplace_back(std::forward<Values>(values)), ...);
    return create(std::move(elements));
  }
  /// A NamedTuple value of `type` (which must be named and have as many fields as `elements`).
  static TuplePtr create_named(std::vector<IValue> elements, TupleTypePtr type) {
    SCRIPTORCH_CHECK(type != nullptr && type->is_named(), TypeError, "Tuple::create_named needs a NamedTuple type");
    SCRIPTORCH_CHECK(type->size() == elements.size(), TypeError, "NamedTuple '", *type->name(), "' has ",
                     type->size(), " fields but ", elements.size(), " values were given");
    return TuplePtr(new Tuple(std::move(elements), std::move(type)));
  }

  const std::vector<IValue>& elements() const noexcept { return elements_; }
  std::size_t size() const noexcept { return elements_.size(); }
  /// Element `index` (negative counts from the end); IndexError when out of range.
  const IValue& get(std::int64_t index) const {
    const auto n = static_cast<std::int64_t>(elements_.size());
    const std::int64_t i = index < 0 ? index + n : index;
    SCRIPTORCH_CHECK(i >= 0 && i < n, IndexError, "tuple index out of range (index ", index, ", size ", n, ")");
    return elements_[static_cast<std::size_t>(i)];
  }
  const IValue& operator[](std::size_t index) const { return get(static_cast<std::int64_t>(index)); }
  /// The NamedTuple field `name`; throws if this is not a NamedTuple with that field.
  const IValue& field(const std::string& name) const {
    SCRIPTORCH_CHECK(named_type_ != nullptr, KeyError, "tuple has no field '", name, "': it is not a NamedTuple");
    const auto index = named_type_->field_index(name);
    SCRIPTORCH_CHECK(index.has_value(), KeyError, "NamedTuple '", *named_type_->name(), "' has no field '", name,
                     "'");
    return elements_[*index];
  }

  /// The NamedTuple type, or null for a plain tuple.
  const TupleTypePtr& named_type() const noexcept { return named_type_; }
  /// The tuple's type: the NamedTuple type, or Tuple[element types].
  TypePtr type() const {
    if (named_type_) return named_type_;
    std::vector<TypePtr> types;
    types.reserve(elements_.size());
    for (const auto& e : elements_) types.push_back(e.type());
    return TupleType::create(std::move(types));
  }

  friend bool operator==(const Tuple& a, const Tuple& b) {
    if (&a == &b) return true;
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!detail::fast_equals_for_container(a.elements_[i], b.elements_[i])) return false;
    return true;
  }

 private:
  Tuple(std::vector<IValue> elements, TupleTypePtr named_type)
      : elements_(std::move(elements)), named_type_(std::move(named_type)) {}

  const std::vector<IValue> elements_;
  const TupleTypePtr named_type_;
};

}  // namespace scriptorch

#endif
