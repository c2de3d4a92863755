#pragma once

#include "core/model/Environment.h"

#include <QString>

namespace trainyard::test {

// Writes a pure-Python wheel `<name>-<version>-py3-none-any.whl` into `folder`, with one module
// `<name>` whose source is `moduleSource`: a package pip installs with --no-index --find-links,
// so environment builds are tested without a network. Returns the wheel's path, empty on failure.
QString makeWheel(const QString& folder, const QString& name, const QString& version,
                  const QString& moduleSource);

// A requirements file in `folder` that installs `name`==`version` from `folder`/wheels only.
QString writeOfflineRequirements(const QString& folder, const QString& name, const QString& version);

// An environment (not yet stored) made from the requirements file at `requirements`.
EnvironmentSpec pipEnvironment(const QString& name, const QString& requirements);

} // namespace trainyard::test
