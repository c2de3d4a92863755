#pragma once

#include "core/util/Result.h"

#include <QStringList>

#include <functional>

namespace trainyard {

// Run arguments may name datastore paths as `{datastore:<path>}`, `{datastore:<path>:mount}` or
// `{datastore:<path>:download}` (see DatastoreReference). Every engine replaces them the same way:
// `resolve` gets the path confined below `datastoreRoot` (no "..", no absolute path, no symbolic
// link out of it: PathConfinement) and whether a copy was asked for, and returns what the
// script sees. The first refused or failed reference ends the substitution with its error.
using DatastoreResolver =
    std::function<Result<QString>(const QString& confinedSource, const QString& relative, bool download)>;
Result<QStringList> substituteDatastoreReferences(const QStringList& arguments, const QString& datastoreRoot,
                                                  const DatastoreResolver& resolve);

// Every reference replaced by the confined datastore path itself (what a shared filesystem gives
// for both forms); an error for the first one refused. Submit checks arguments with it.
Result<QStringList> mountDatastoreReferences(const QStringList& arguments, const QString& datastoreRoot);

} // namespace trainyard
