// GenericList: TorchScript's List[T] value — an element type and a vector of IValues, shared by
// every copy of the handle (appending through one copy is seen through all, as in TorchScript).
// Part of ivalue.hpp; including this header includes that one.
#ifndef SCRIPTORCH_INSIDE_IVALUE_HPP
#include "scriptorch/core/ivalue.hpp"
#elif !defined(SCRIPTORCH_CORE_IVALUE_LIST_HPP)
#define SCRIPTORCH_CORE_IVALUE_LIST_HPP

namespace scriptorch {

struct ListImpl final : IntrusiveTarget {
  ListImpl(TypePtr element_type_, std::vector<IValue> list_)
      : list(std::move(list_)), element_type(std::move(element_type_)) {}
  std::vector<IValue> list;
  TypePtr element_type;
};

class GenericList {
 public:
  using const_iterator = std::vector<IValue>::const_iterator;

  /// An empty list of `element_type`.
  explicit GenericList(TypePtr element_type) : GenericList(std::move(element_type), {}) {}
  /// A list of `element_type` holding `values`. The elements are trusted to be of that type
  /// (the compiler guarantees it); untrusted data goes through `checked`.
  GenericList(TypePtr element_type, std::vector<IValue> values) {
    SCRIPTORCH_CHECK(element_type != nullptr, ValueError, "GenericList: null element type");
    impl_ = make_intrusive<ListImpl>(std::move(element_type), std::move(values));
  }
  /// As above, but throws TypeError naming the first element that is not an `element_type`.
  static GenericList checked(TypePtr element_type, std::vector<IValue> values) {
    SCRIPTORCH_CHECK(element_type != nullptr, ValueError, "GenericList: null element type");
    for (std::size_t i = 0; i < values.size(); ++i) {
      SCRIPTORCH_CHECK(values[i].is_instance_of(*element_type), TypeError, "List[",
                       element_type->annotation_str(), "] element ", i, " has type '",
                       values[i].type()->annotation_str(), "'");
    }
    return GenericList(std::move(element_type), std::move(values));
  }

  const TypePtr& element_type() const noexcept { return impl_->element_type; }
  std::size_t size() const noexcept { return impl_->list.size(); }
  bool empty() const noexcept { return impl_->list.empty(); }

  /// Element `index` (negative counts from the end, as in Python); IndexError when out of range.
  const IValue& get(std::int64_t index) const { return impl_->list[normalize(index)]; }
  const IValue& operator[](std::size_t index) const { return get(static_cast<std::int64_t>(index)); }
  void set(std::int64_t index, IValue value) { impl_->list[normalize(index)] = std::move(value); }

  void push_back(IValue value) { impl_->list.push_back(std::move(value)); }
  void reserve(std::size_t n) { impl_->list.reserve(n); }
  /// Inserts before `index`, clamped to [0, size] as list.insert does.
  void insert(std::int64_t index, IValue value) {
    const auto n = static_cast<std::int64_t>(size());
    if (index < 0) index += n;
    if (index < 0) index = 0;
    if (index > n) index = n;
    impl_->list.insert(impl_->list.begin() + index, std::move(value));
  }
  /// Removes and returns element `index` (list.pop(index)).
  IValue pop(std::int64_t index = -1) {
    SCRIPTORCH_CHECK(!empty(), IndexError, "pop from empty list");
    const std::size_t i = normalize(index);
    IValue value = std::move(impl_->list[i]);
    impl_->list.erase(impl_->list.begin() + static_cast<std::ptrdiff_t>(i));
    return value;
  }
  void clear() noexcept { impl_->list.clear(); }

  const_iterator begin() const noexcept { return impl_->list.begin(); }
  const_iterator end() const noexcept { return impl_->list.end(); }
  const std::vector<IValue>& vec() const noexcept { return impl_->list; }
  /// The elements for in-place mutation (still shared with every copy of this handle).
  std::vector<IValue>& mutable_vec() noexcept { return impl_->list; }

  /// A new list with the same elements (list.copy(): the elements themselves are shared).
  GenericList copy() const { return GenericList(impl_->element_type, impl_->list); }
  /// Whether both handles are the same list.
  bool is(const GenericList& other) const noexcept { return impl_ == other.impl_; }
  std::uint32_t use_count() const noexcept { return impl_.use_count(); }

  /// Same length and elementwise equal (identity first), as Python's list ==.
  friend bool operator==(const GenericList& a, const GenericList& b) {
    if (a.is(b)) return true;
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!detail::fast_equals_for_container(a.impl_->list[i], b.impl_->list[i])) return false;
    return true;
  }

 private:
  friend class IValue;
  explicit GenericList(IntrusivePtr<ListImpl> impl) noexcept : impl_(std::move(impl)) {}
  std::size_t normalize(std::int64_t index) const {
    const auto n = static_cast<std::int64_t>(size());
    const std::int64_t i = index < 0 ? index + n : index;
    SCRIPTORCH_CHECK(i >= 0 && i < n, IndexError, "list index out of range (index ", index, ", size ", n, ")");
    return static_cast<std::size_t>(i);
  }

  IntrusivePtr<ListImpl> impl_;
};

}  // namespace scriptorch

#endif
