// The threads that run the parts of a query (searcher/worker_pool.h).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include "worker_pool.h"

namespace tintuc {
namespace {

TEST(WorkerPool, RunsEveryTaskOfAGroup) {
    WorkerPool pool(2);
    for (int round = 0; round < 50; ++round) {
        std::atomic<int> sum{0};
        TaskGroup group(pool);
        for (int i = 1; i <= 10; ++i) group.run([&sum, i] { sum += i; });
        group.wait();
        EXPECT_EQ(sum.load(), 55);
    }
}

TEST(WorkerPool, WaitRethrowsATaskException) {
    WorkerPool pool(1);
    TaskGroup group(pool);
    group.run([] { throw std::runtime_error("part failed"); });
    EXPECT_THROW(group.wait(), std::runtime_error);
}

// A group that goes out of scope, as when its caller throws, first waits
// for its tasks: they may refer to the caller's stack.
TEST(WorkerPool, GroupWaitsForItsTasksWhenLeft) {
    WorkerPool pool(1);
    std::atomic<bool> finished{false};
    {
        TaskGroup group(pool);
        group.run([&finished] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            finished = true;
        });
    }
    EXPECT_TRUE(finished.load());
}

}  // namespace
}  // namespace tintuc
