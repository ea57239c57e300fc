// ClassType: the type of a TorchScript class or Module instance — a qualified name
// ("__torch__.MyModule"), typed attributes in slot order, constants, and the names of its methods.
// Unlike the structural types it is built up step by step (the compiler adds attributes and
// methods as it compiles the class), so it is held as a mutable ClassTypePtr while being built.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scriptorch/core/error.hpp"
#include "scriptorch/core/type.hpp"

namespace scriptorch {

class IValue;
class ClassType;
/// Mutable while the compiler or the archive loader builds the class; share it as TypePtr after.
using ClassTypePtr = std::shared_ptr<ClassType>;

class ClassType final : public Type {
 public:
  static constexpr TypeKind Kind = TypeKind::ClassType;

  /// One attribute slot. Objects of this class store their attribute values in this order.
  struct Attribute {
    std::string name;
    TypePtr type;
    bool is_parameter = false;  // registered with register_parameter (Modules only)
    bool is_buffer = false;     // registered with register_buffer (Modules only)
  };

  /// `qualified_name` as TorchScript prints it, e.g. "__torch__.MyModule".
  static ClassTypePtr create(std::string qualified_name, bool is_module = false) {
    SCRIPTORCH_CHECK(!qualified_name.empty(), ValueError, "ClassType needs a qualified name");
    return ClassTypePtr(new ClassType(std::move(qualified_name), is_module));
  }

  const std::string& name() const noexcept { return name_; }
  /// The last component of the qualified name ("MyModule" for "__torch__.MyModule").
  std::string unqualified_name() const {
    const auto dot = name_.rfind('.');
    return dot == std::string::npos ? name_ : name_.substr(dot + 1);
  }
  bool is_module() const noexcept { return is_module_; }

  std::string str() const override { return name_; }
  std::string annotation_str() const override { return name_; }
  /// Two class types are the same type only if they are the same object: names are unique within
  /// a compilation unit, and two units may each define a "__torch__.M".
  bool equals(const Type& rhs) const override { return this == &rhs; }
  std::vector<TypePtr> contained_types() const override {
    std::vector<TypePtr> out;
    out.reserve(attributes_.size());
    for (const auto& a : attributes_) out.push_back(a.type);
    return out;
  }

  // ---- attributes -------------------------------------------------------------------------

  /// Appends an attribute and returns its slot; throws if the name is taken.
  std::size_t add_attribute(std::string name, TypePtr type, bool is_parameter = false, bool is_buffer = false) {
    SCRIPTORCH_CHECK(type != nullptr, ValueError, "attribute '", name, "' of class '", name_, "' has no type");
    SCRIPTORCH_CHECK(!find_attribute_slot(name), RuntimeError, "attribute '", name, "' already defined in class '",
                     name_, "'");
    SCRIPTORCH_CHECK(!has_constant(name), RuntimeError, "attribute '", name, "' of class '", name_,
                     "' clashes with a constant of the same name");
    SCRIPTORCH_CHECK(!(is_parameter || is_buffer) || is_module_, TypeError, "'", name,
                     "': only Module classes have parameters and buffers, and '", name_, "' is not a Module");
    attributes_.push_back(Attribute{std::move(name), std::move(type), is_parameter, is_buffer});
    return attributes_.size() - 1;
  }
  std::size_t num_attributes() const noexcept { return attributes_.size(); }
  const std::vector<Attribute>& attributes() const noexcept { return attributes_; }
  const Attribute& attribute(std::size_t slot) const {
    SCRIPTORCH_CHECK(slot < attributes_.size(), IndexError, "attribute slot ", slot, " out of range for class '",
                     name_, "' with ", attributes_.size(), " attributes");
    return attributes_[slot];
  }
  std::optional<std::size_t> find_attribute_slot(const std::string& name) const noexcept {
    for (std::size_t i = 0; i < attributes_.size(); ++i)
      if (attributes_[i].name == name) return i;
    return std::nullopt;
  }
  bool has_attribute(const std::string& name) const noexcept { return find_attribute_slot(name).has_value(); }
  /// The slot of the named attribute; throws naming the class if there is none.
  std::size_t attribute_slot(const std::string& name) const {
    const auto slot = find_attribute_slot(name);
    SCRIPTORCH_CHECK(slot.has_value(), KeyError, "'", unqualified_name(), "' object has no attribute or method '",
                     name, "'");
    return *slot;
  }
  const TypePtr& attribute_type(const std::string& name) const { return attributes_[attribute_slot(name)].type; }

  // ---- constants (Final attributes and __constants__, folded into the code) -----------------

  /// Adds a constant; defined in ivalue.hpp, where IValue is complete.
  void add_constant(std::string name, IValue value);
  bool has_constant(const std::string& name) const noexcept {
    for (const auto& c : constants_)
      if (c.first == name) return true;
    return false;
  }
  /// The named constant's value; throws KeyError if there is none.
  const IValue& constant(const std::string& name) const {
    for (const auto& c : constants_)
      if (c.first == name) return *c.second;
    SCRIPTORCH_THROW(KeyError, "class '", name_, "' has no constant '", name, "'");
  }
  std::vector<std::string> constant_names() const {
    std::vector<std::string> out;
    out.reserve(constants_.size());
    for (const auto& c : constants_) out.push_back(c.first);
    return out;
  }

  // ---- methods --------------------------------------------------------------------------------
  // The extension point for the runtime: core only records which methods a class has, in
  // definition order; the Functions themselves live in the runtime's CompilationUnit under
  // "<qualified name>.<method name>".

  void add_method(std::string name) {
    SCRIPTORCH_CHECK(!has_method(name), RuntimeError, "method '", name, "' already defined in class '", name_, "'");
    methods_.push_back(std::move(name));
  }
  bool has_method(const std::string& name) const noexcept {
    for (const auto& m : methods_)
      if (m == name) return true;
    return false;
  }
  const std::vector<std::string>& method_names() const noexcept { return methods_; }

 private:
  ClassType(std::string name, bool is_module) : Type(Kind), name_(std::move(name)), is_module_(is_module) {}

  std::string name_;
  bool is_module_;
  std::vector<Attribute> attributes_;
  // shared_ptr so that this header does not need IValue complete (IValue needs ClassType).
  std::vector<std::pair<std::string, std::shared_ptr<const IValue>>> constants_;
  std::vector<std::string> methods_;
};

}  // namespace scriptorch

// ClassType::add_constant needs IValue; ivalue.hpp includes this header first, so either order works.
#include "scriptorch/core/ivalue.hpp"
