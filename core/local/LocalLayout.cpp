#include "core/local/LocalLayout.h"

#include <QDir>

namespace trainyard::local {

LocalLayout::LocalLayout(QString folder)
    : m_folder(QDir::cleanPath(QDir(folder).absolutePath())) {}

} // namespace trainyard::local
