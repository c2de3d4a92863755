#pragma once

#include <QString>

namespace trainyard::local {

// The `yard` executable that hosts `yard agent` and `yard runner`: $TRAINYARD_YARD, else next to
// the running program, else on PATH.
QString yardProgram();

} // namespace trainyard::local
