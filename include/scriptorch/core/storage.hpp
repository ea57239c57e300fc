// The memory behind tensors. A Storage is a reference-counted, 64-byte aligned byte buffer shared
// by every view of it; it can also wrap memory it does not own (a mapped file, a caller's buffer)
// without copying, keeping an owner object alive for as long as any tensor uses it.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <new>

#include "scriptorch/core/device.hpp"
#include "scriptorch/core/error.hpp"

namespace scriptorch {

inline constexpr std::size_t kStorageAlignment = 64;

class Storage {
 public:
  Storage() = default;

  /// Fresh, 64-byte aligned, uninitialised memory of `nbytes` bytes on the CPU.
  static Storage allocate(std::size_t nbytes) {
    void* data = nbytes == 0 ? nullptr : ::operator new(nbytes, std::align_val_t{kStorageAlignment});
    std::shared_ptr<void> owner(data, [](void* p) {
      if (p) ::operator delete(p, std::align_val_t{kStorageAlignment});
    });
    return Storage(std::make_shared<Impl>(Impl{data, nbytes, kCPU, std::move(owner)}));
  }

  /// Fresh memory filled with zero bytes.
  static Storage allocate_zeroed(std::size_t nbytes) {
    Storage s = allocate(nbytes);
    if (nbytes) std::memset(s.data(), 0, nbytes);
    return s;
  }

  /// Wraps `nbytes` at `data` without copying; `owner` (may be null) is kept alive as long as the
  /// storage is, so the memory stays valid (e.g. a shared_ptr to a mapped file).
  static Storage wrap(void* data, std::size_t nbytes, std::shared_ptr<const void> owner = nullptr,
                      Device device = kCPU) {
    SCRIPTORCH_CHECK(data != nullptr || nbytes == 0, ValueError, "Storage::wrap: null data for ", nbytes, " bytes");
    return Storage(std::make_shared<Impl>(Impl{data, nbytes, device, std::move(owner)}));
  }

  bool defined() const noexcept { return impl_ != nullptr; }
  void* data() const noexcept { return impl_ ? impl_->data : nullptr; }
  std::size_t nbytes() const noexcept { return impl_ ? impl_->nbytes : 0; }
  Device device() const noexcept { return impl_ ? impl_->device : kCPU; }
  long use_count() const noexcept { return impl_.use_count(); }
  /// True when both handles name the same buffer (views of one storage).
  bool is_alias_of(const Storage& other) const noexcept { return impl_ && impl_ == other.impl_; }

 private:
  struct Impl {
    void* data;
    std::size_t nbytes;
    Device device;
    std::shared_ptr<const void> owner;
  };
  explicit Storage(std::shared_ptr<Impl> impl) : impl_(std::move(impl)) {}

  std::shared_ptr<Impl> impl_;
};

}  // namespace scriptorch
