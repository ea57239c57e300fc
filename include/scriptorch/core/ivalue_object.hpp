// Object: an instance of a TorchScript class or Module — its ClassType and one attribute slot per
// attribute of that type, in the type's order. Shared by every IValue that holds it.
// Part of ivalue.hpp; including this header includes that one.
#ifndef SCRIPTORCH_INSIDE_IVALUE_HPP
#include "scriptorch/core/ivalue.hpp"
#elif !defined(SCRIPTORCH_CORE_IVALUE_OBJECT_HPP)
#define SCRIPTORCH_CORE_IVALUE_OBJECT_HPP

namespace scriptorch {

class Object final : public IntrusiveTarget {
 public:
  /// A new object of `type` with every attribute None (the constructor then sets them).
  static ObjectPtr create(ClassTypePtr type) {
    SCRIPTORCH_CHECK(type != nullptr, ValueError, "Object::create: null class type");
    const std::size_t n = type->num_attributes();
    return ObjectPtr(new Object(std::move(type), std::vector<IValue>(n)));
  }

  const ClassTypePtr& type() const noexcept { return type_; }
  /// The class's qualified name.
  const std::string& name() const noexcept { return type_->name(); }

  std::size_t num_slots() const noexcept { return type_->num_attributes(); }
  /// Attribute value by slot (the compiler resolves names to slots once).
  const IValue& get_slot(std::size_t slot) const {
    check_slot(slot);
    return slot < slots_.size() ? slots_[slot] : none();
  }
  void set_slot(std::size_t slot, IValue value) {
    check_slot(slot);
    if (slot >= slots_.size()) slots_.resize(type_->num_attributes());  // the class grew after creation
    slots_[slot] = std::move(value);
  }

  bool has_attr(const std::string& name) const noexcept { return type_->has_attribute(name); }
  /// Attribute by name; KeyError "'M' object has no attribute or method 'x'" if there is none.
  const IValue& get_attr(const std::string& name) const { return get_slot(type_->attribute_slot(name)); }
  /// Sets an existing attribute, checking the value against the attribute's declared type.
  void set_attr(const std::string& name, IValue value) {
    const std::size_t slot = type_->attribute_slot(name);
    const TypePtr& expected = type_->attribute(slot).type;
    SCRIPTORCH_CHECK(value.is_instance_of(*expected), TypeError, "Expected a value of type '",
                     expected->annotation_str(), "' for attribute '", name, "' of '", type_->name(),
                     "' but got a value of type '", value.type()->annotation_str(), "'");
    set_slot(slot, std::move(value));
  }

  /// All slots (shorter than num_slots() only if attributes were added to the class since; the
  /// missing ones read as None).
  const std::vector<IValue>& slots() const noexcept { return slots_; }

 private:
  Object(ClassTypePtr type, std::vector<IValue> slots) : type_(std::move(type)), slots_(std::move(slots)) {}
  void check_slot(std::size_t slot) const {
    SCRIPTORCH_CHECK(slot < type_->num_attributes(), IndexError, "attribute slot ", slot,
                     " out of range for an object of '", type_->name(), "' with ", type_->num_attributes(),
                     " attributes");
  }
  static const IValue& none() noexcept {
    static const IValue value;
    return value;
  }

  ClassTypePtr type_;
  std::vector<IValue> slots_;
};

}  // namespace scriptorch

#endif
