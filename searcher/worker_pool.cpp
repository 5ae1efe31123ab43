#include "worker_pool.h"

namespace tintuc {

WorkerPool::WorkerPool(unsigned threads) {
    for (unsigned i = 0; i < threads; ++i) threads_.emplace_back([this] { work(); });
}

WorkerPool::~WorkerPool() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    ready_.notify_all();
    for (std::thread& t : threads_) t.join();
}

std::future<void> WorkerPool::submit(std::function<void()> task) {
    std::packaged_task<void()> packaged(std::move(task));
    std::future<void> done = packaged.get_future();
    {
        std::lock_guard<std::mutex> lock(mutex_);
        tasks_.push_back(std::move(packaged));
    }
    ready_.notify_one();
    return done;
}

void WorkerPool::work() {
    for (;;) {
        std::packaged_task<void()> task;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            ready_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
            if (tasks_.empty()) return;
            task = std::move(tasks_.front());
            tasks_.pop_front();
        }
        task();
    }
}

TaskGroup::~TaskGroup() {
    for (std::future<void>& f : futures_)
        if (f.valid()) f.wait();
}

void TaskGroup::wait() {
    for (std::future<void>& f : futures_)
        if (f.valid()) f.wait();
    for (std::future<void>& f : futures_)
        if (f.valid()) f.get();
}

}  // namespace tintuc
