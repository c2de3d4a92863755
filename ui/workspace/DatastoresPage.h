#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace trainyard {
class Engine;

namespace ui {

// The datastores of a workspace (name, type, location, default), read from the engine.
class DatastoresPage : public QWidget {
    Q_OBJECT
public:
    explicit DatastoresPage(Engine* engine, QWidget* parent = nullptr);
    void refresh();

private:
    Engine* m_engine;
    QTableWidget* m_table;
    QLabel* m_message;
};

} // namespace ui
} // namespace trainyard
