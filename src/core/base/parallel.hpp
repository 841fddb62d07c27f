// SPDX-License-Identifier: EUPL-1.2
// Many files on every core, with output in exactly the order of one core:
// workers compute results, the calling thread consumes them in index order.
// Workers never print; whatever they produce is a value (diagnostics,
// figures) that the consumer formats, so the bytes written do not depend on
// how many threads ran or how the system scheduled them.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <type_traits>
#include <vector>

namespace lagesbild {

// The number of cores the system reports (std::thread::hardware_concurrency,
// at least 1): `-j`'s default. A CPU limit set by a container is not seen;
// -j says how many to use there.
unsigned default_jobs();

namespace detail {

// At most `window` results wait for the consumer, so memory stays bounded
// however many files there are and however slow one of them is.
template <typename Result>
class OrderedSlots {
 public:
  OrderedSlots(std::size_t count, std::size_t window) : count_(count), slots_(window) {}

  // A worker's next index, or nothing when all are taken or the run stopped.
  std::optional<std::size_t> claim() {
    std::unique_lock<std::mutex> lock(mutex_);
    space_.wait(lock, [&] { return stopped_ || next_ >= count_ || next_ < consumed_ + slots_.size(); });
    if (stopped_ || next_ >= count_) return std::nullopt;
    return next_++;
  }

  void put(std::size_t i, std::optional<Result> value, std::exception_ptr error) {
    std::lock_guard<std::mutex> lock(mutex_);
    Slot& slot = slots_[i % slots_.size()];
    slot.value = std::move(value);
    slot.error = error;
    slot.ready = true;
    ready_.notify_all();
  }

  // The result of index `i` (the next one in order), waiting for it; a
  // worker's exception is thrown here, on the consumer's thread.
  Result take(std::size_t i) {
    std::unique_lock<std::mutex> lock(mutex_);
    Slot& slot = slots_[i % slots_.size()];
    ready_.wait(lock, [&] { return slot.ready; });
    slot.ready = false;
    ++consumed_;
    space_.notify_all();
    if (slot.error) std::rethrow_exception(slot.error);
    Result value = std::move(*slot.value);
    slot.value.reset();
    return value;
  }

  void stop() {
    std::lock_guard<std::mutex> lock(mutex_);
    stopped_ = true;
    space_.notify_all();
  }

 private:
  struct Slot {
    std::optional<Result> value;
    std::exception_ptr error;
    bool ready = false;
  };
  std::mutex mutex_;
  std::condition_variable space_, ready_;
  std::size_t count_, next_ = 0, consumed_ = 0;
  bool stopped_ = false;
  std::vector<Slot> slots_;
};

}  // namespace detail

// Calls consume(i, work(i)) for i = 0 .. count-1 in that order. work runs on
// up to `jobs` threads and must be safe to call concurrently; consume runs on
// the calling thread only. With jobs <= 1 no thread is started; where no
// thread can be started at all, the calling thread does the work itself.
template <typename Work, typename Consume>
void for_each_ordered(std::size_t count, unsigned jobs, Work work, Consume consume) {
  if (jobs <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) consume(i, work(i));
    return;
  }
  using Result = std::invoke_result_t<Work&, std::size_t>;
  const std::size_t threads = std::min<std::size_t>(jobs, count);
  detail::OrderedSlots<Result> slots(count, threads * 4);
  std::vector<std::thread> workers;
  // Joined on every way out, a consumer's exception included.
  struct Joiner {
    detail::OrderedSlots<Result>& slots;
    std::vector<std::thread>& workers;
    ~Joiner() {
      slots.stop();
      for (auto& t : workers) t.join();
    }
  } joiner{slots, workers};
  for (std::size_t t = 0; t < threads; ++t) {
    try {
      workers.emplace_back([&] {
        while (const auto i = slots.claim()) {
          try {
            slots.put(*i, work(*i), nullptr);
          } catch (...) {
            slots.put(*i, std::nullopt, std::current_exception());
          }
        }
      });
    } catch (const std::system_error&) {
      break;  // no more threads to be had (WebAssembly has none): the ones started do the work
    }
  }
  if (workers.empty()) {
    for (std::size_t i = 0; i < count; ++i) consume(i, work(i));
    return;
  }
  for (std::size_t i = 0; i < count; ++i) consume(i, slots.take(i));
}

}  // namespace lagesbild
