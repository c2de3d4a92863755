#include "ui/DialogState.h"

#include <QDialog>
#include <QSettings>

namespace trainyard::ui {

void rememberDialogGeometry(QDialog* dialog, const QString& key) {
    const QString settingsKey = QStringLiteral("dialogs/%1/geometry").arg(key);
    const QByteArray geometry = QSettings().value(settingsKey).toByteArray();
    if (!geometry.isEmpty())
        dialog->restoreGeometry(geometry);
    QObject::connect(dialog, &QDialog::finished, dialog,
                     [dialog, settingsKey] { QSettings().setValue(settingsKey, dialog->saveGeometry()); });
}

} // namespace trainyard::ui
