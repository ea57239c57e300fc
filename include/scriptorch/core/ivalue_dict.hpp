// GenericDict: TorchScript's Dict[K, V] value — insertion-ordered like Python's dict, keys hashed
// by value (tensor keys by identity), shared by every copy of the handle.
// Part of ivalue.hpp; including this header includes that one.
#ifndef SCRIPTORCH_INSIDE_IVALUE_HPP
#include "scriptorch/core/ivalue.hpp"
#elif !defined(SCRIPTORCH_CORE_IVALUE_DICT_HPP)
#define SCRIPTORCH_CORE_IVALUE_DICT_HPP

#include <unordered_map>

namespace scriptorch {

struct DictImpl final : IntrusiveTarget {
  DictImpl(TypePtr key, TypePtr value) : key_type(std::move(key)), value_type(std::move(value)) {}
  TypePtr key_type;
  TypePtr value_type;
  // Entries in insertion order, and where each key sits in them. Erasing shifts later entries;
  // TorchScript dicts are small, so that costs less than a tombstone scheme.
  std::vector<std::pair<IValue, IValue>> entries;
  std::unordered_map<IValue, std::size_t, IValueKeyHash, IValueKeyEqual> index;
};

class GenericDict {
 public:
  using Entry = std::pair<IValue, IValue>;
  using const_iterator = std::vector<Entry>::const_iterator;

  /// An empty Dict[key_type, value_type]; throws TypeError for a key type dicts cannot have.
  GenericDict(TypePtr key_type, TypePtr value_type) {
    // DictType::create checks the key type and gives TorchScript's message.
    const auto type = DictType::create(std::move(key_type), std::move(value_type));
    impl_ = make_intrusive<DictImpl>(type->key_type(), type->value_type());
  }

  const TypePtr& key_type() const noexcept { return impl_->key_type; }
  const TypePtr& value_type() const noexcept { return impl_->value_type; }
  std::size_t size() const noexcept { return impl_->entries.size(); }
  bool empty() const noexcept { return impl_->entries.empty(); }

  bool contains(const IValue& key) const { return impl_->index.count(key) != 0; }
  /// The value stored under `key`, or null.
  const IValue* find(const IValue& key) const {
    const auto it = impl_->index.find(key);
    return it == impl_->index.end() ? nullptr : &impl_->entries[it->second].second;
  }
  /// The value stored under `key`; KeyError naming the key otherwise.
  const IValue& at(const IValue& key) const {
    const IValue* value = find(key);
    if (value == nullptr) throw_missing(key);
    return *value;
  }

  /// Sets d[key] = value; a new key goes last. Returns true if the key was new.
  bool insert_or_assign(IValue key, IValue value) {
    const auto it = impl_->index.find(key);  // hashes first: an unhashable key changes nothing
    if (it != impl_->index.end()) {
      impl_->entries[it->second].second = std::move(value);
      return false;
    }
    impl_->entries.emplace_back(key, std::move(value));
    try_index(std::move(key));
    return true;
  }
  /// Adds the entry only if the key is absent (d.setdefault); returns true if it was added.
  bool insert(IValue key, IValue value) {
    if (contains(key)) return false;
    impl_->entries.emplace_back(key, std::move(value));
    try_index(std::move(key));
    return true;
  }
  /// Removes `key`; returns false if it was absent.
  bool erase(const IValue& key) {
    const auto it = impl_->index.find(key);
    if (it == impl_->index.end()) return false;
    const std::size_t position = it->second;
    impl_->index.erase(it);
    impl_->entries.erase(impl_->entries.begin() + static_cast<std::ptrdiff_t>(position));
    for (auto& slot : impl_->index)
      if (slot.second > position) --slot.second;
    return true;
  }
  void clear() noexcept {
    impl_->index.clear();
    impl_->entries.clear();
  }

  const_iterator begin() const noexcept { return impl_->entries.begin(); }
  const_iterator end() const noexcept { return impl_->entries.end(); }
  const std::vector<Entry>& entries() const noexcept { return impl_->entries; }

  /// A new dict with the same entries (dict.copy(): keys and values themselves are shared).
  GenericDict copy() const {
    GenericDict out(impl_->key_type, impl_->value_type);
    out.impl_->entries = impl_->entries;
    out.impl_->index = impl_->index;
    return out;
  }
  bool is(const GenericDict& other) const noexcept { return impl_ == other.impl_; }
  std::uint32_t use_count() const noexcept { return impl_.use_count(); }

  /// Same keys with equal values (order does not matter), as Python's dict ==.
  friend bool operator==(const GenericDict& a, const GenericDict& b) {
    if (a.is(b)) return true;
    if (a.size() != b.size()) return false;
    for (const auto& [key, value] : a.impl_->entries) {
      const IValue* other = b.find(key);
      if (other == nullptr || !detail::fast_equals_for_container(value, *other)) return false;
    }
    return true;
  }

 private:
  friend class IValue;
  explicit GenericDict(IntrusivePtr<DictImpl> impl) noexcept : impl_(std::move(impl)) {}

  /// Records the last entry's key in the index, undoing the append if that fails.
  void try_index(IValue key) {
#if SCRIPTORCH_HAS_EXCEPTIONS
    try {
      impl_->index.emplace(std::move(key), impl_->entries.size() - 1);
    } catch (...) {
      impl_->entries.pop_back();
      throw;
    }
#else
    impl_->index.emplace(std::move(key), impl_->entries.size() - 1);
#endif
  }
  [[noreturn]] static void throw_missing(const IValue& key) {
    if (key.is_string()) SCRIPTORCH_THROW(KeyError, "KeyError: '", key.to_string_ref(), "'");
    if (key.is_int()) SCRIPTORCH_THROW(KeyError, "KeyError: ", key.to_int());
    if (key.is_double()) SCRIPTORCH_THROW(KeyError, "KeyError: ", key.to_double());
    if (key.is_bool()) SCRIPTORCH_THROW(KeyError, "KeyError: ", key.to_bool() ? "True" : "False");
    SCRIPTORCH_THROW(KeyError, "KeyError: key of kind ", key.tag_kind(), " not in dict");
  }

  IntrusivePtr<DictImpl> impl_;
};

}  // namespace scriptorch

#endif
