// What both halves of core/platform/Process.h share: stopping is the same sequence everywhere.
#include "core/platform/Process.h"

namespace trainyard::platform {

ExitStatus ProcessTree::stop(std::chrono::milliseconds grace) {
    if (!poll()) {
        requestStop();
        if (!wait(grace))
            kill();
    }
    kill(); // what the program left behind in its group or job goes with it
    return wait(std::chrono::milliseconds(10000)).value_or(killedStatus());
}

} // namespace trainyard::platform
