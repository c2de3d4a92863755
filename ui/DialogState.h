#pragma once

#include <QString>

class QDialog;

namespace trainyard::ui {

// A dialog opens as large as the user left it last time: restores its geometry from QSettings
// ("dialogs/<key>/geometry") now and saves it whenever the dialog closes.
void rememberDialogGeometry(QDialog* dialog, const QString& key);

} // namespace trainyard::ui
