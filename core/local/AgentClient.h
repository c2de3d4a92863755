#pragma once

#include "core/local/LocalLayout.h"

namespace trainyard::local {

// How a client reaches the workspace's agent: wake it if it runs, start it (detached, so it
// outlives the client) if it does not. Blocking for at most a few milliseconds: call it from a
// worker thread, never from the GUI thread.
namespace agentclient {
bool wake(const LocalLayout& layout);              // true if an agent answered
void ensureRunning(const LocalLayout& layout);     // wake, or start one
qint64 runningAgentPid(const LocalLayout& layout); // 0 if none holds the lock
} // namespace agentclient

} // namespace trainyard::local
