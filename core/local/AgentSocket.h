#pragma once

#include "core/local/LocalLayout.h"

#include <QtGlobal>

namespace trainyard::local {

// Where the agent listens for wake-ups, and who may talk to it. Never a fixed name in /tmp,
// which another local user could bind first (the workspace's runs would then wait for a wake-up
// that never comes) and where stale sockets pile up: the socket lives in $XDG_RUNTIME_DIR (a
// folder only this user can enter), else in the workspace folder (0700), else in a folder made
// for this user under the temporary folder and checked to be its own. Empty when none is safe:
// the agent then polls only.
QString agentSocketPath(const LocalLayout& layout);

// Whether the process at the other end of a connected local socket runs as this user.
bool peerIsThisUser(qintptr socketDescriptor);

} // namespace trainyard::local
