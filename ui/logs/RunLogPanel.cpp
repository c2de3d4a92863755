#include "ui/logs/RunLogPanel.h"

#include "core/engine/Engine.h"
#include "core/engine/LogStream.h"
#include "core/logs/LogDocument.h"
#include "ui/logs/LogModel.h"
#include "ui/logs/LogSearchController.h"
#include "ui/logs/LogView.h"

#include "ui/WhenReady.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace trainyard::ui {

using logs::LogDocument;

RunLogPanel::RunLogPanel(QWidget* parent)
    : QWidget(parent)
    , m_sourceBox(new QComboBox)
    , m_findEdit(new QLineEdit)
    , m_caseBox(new QCheckBox(tr("Aa")))
    , m_followBox(new QCheckBox(tr("Follow")))
    , m_countLabel(new QLabel)
    , m_status(new QLabel)
    , m_view(new LogView)
    , m_model(new LogModel(this))
    , m_search(new LogSearchController(this))
    , m_refresh(new QTimer(this))
    , m_findDelay(new QTimer(this)) {
    // Room for "Rank 12" in every language; longer names are elided, with the whole name in
    // the popup, so the search box keeps a usable width in a 900-pixel window.
    m_sourceBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sourceBox->setMinimumContentsLength(10);
    m_findEdit->setPlaceholderText(tr("Find in log (Ctrl+F)"));
    m_findEdit->setObjectName(QStringLiteral("logFind"));
    m_findEdit->setMinimumWidth(m_findEdit->fontMetrics().averageCharWidth() * 24);
    m_view->setPlaceholderText(tr("No log yet: the run writes one once it starts."));
    m_findEdit->setClearButtonEnabled(true);
    m_caseBox->setToolTip(tr("Match case"));
    m_followBox->setChecked(true);
    m_followBox->setToolTip(tr("Keep showing the newest lines"));
    const auto button = [this](const QString& text, const QString& tip, auto slot) {
        auto* b = new QToolButton;
        b->setText(text);
        b->setToolTip(tip);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_sourceBox);
    bar->addWidget(m_findEdit, 1);
    bar->addWidget(button(tr("▲"), tr("Previous match (Shift+Enter)"), &RunLogPanel::findPrevious));
    bar->addWidget(button(tr("▼"), tr("Next match (Enter)"), &RunLogPanel::findNext));
    bar->addWidget(m_caseBox);
    bar->addWidget(m_countLabel);
    bar->addWidget(m_followBox); // no stretch: the room left over widens the search box
    bar->addWidget(button(tr("Top"), tr("Jump to the first line"), [this] { m_view->scrollToTop(); }));
    bar->addWidget(
        button(tr("Bottom"), tr("Jump to the last line and follow"), [this] { m_view->setFollowing(true); }));
    bar->addWidget(button(tr("Copy"), tr("Copy the selected lines"), [this] { m_view->copySelection(); }));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    m_status->hide();

    m_view->setModel(m_model);
    m_search->setModel(m_model);
    connect(m_view, &LogView::followingChanged, m_followBox, &QCheckBox::setChecked);
    connect(m_followBox, &QCheckBox::toggled, m_view, &LogView::setFollowing);
    connect(m_sourceBox, &QComboBox::activated, this,
            [this](int index) { showSource(m_sourceBox->itemData(index).toInt()); });
    m_findDelay->setSingleShot(true);
    m_findDelay->setInterval(200); // typing: search once the user pauses
    connect(m_findEdit, &QLineEdit::textChanged, m_findDelay, qOverload<>(&QTimer::start));
    connect(m_findDelay, &QTimer::timeout, this,
            [this] { findText(m_findEdit->text(), m_caseBox->isChecked()); });
    connect(m_caseBox, &QCheckBox::toggled, this, [this](bool on) { findText(m_findEdit->text(), on); });
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_findDelay->isActive()) {
            m_findDelay->stop();
            findText(m_findEdit->text(), m_caseBox->isChecked());
        }
        findNext();
    });
    connect(m_search, &LogSearchController::finished, this, &RunLogPanel::updateCount);
    connect(m_search, &LogSearchController::failed, this, [this](const QString& message) {
        m_status->setText(message);
        m_status->show();
    });
    // Ranks start one by one: look often until the first appears, then now and then.
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, this, &RunLogPanel::refreshSources);
}

RunLogPanel::~RunLogPanel() {
    clear();
}

void RunLogPanel::focusSearch() {
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

QLineEdit* RunLogPanel::searchEdit() const {
    return m_findEdit;
}

void RunLogPanel::clear() {
    m_refresh->stop();
    m_model->clear();
    m_search->setModel(m_model);
    qDeleteAll(m_documents);
    m_documents.clear();
    m_sources.clear();
    m_engine = nullptr;
    m_runId.clear();
    m_sourceBox->clear();
    m_countLabel->clear();
    m_status->hide();
}

void RunLogPanel::setRun(Engine* engine, const QString& runId) {
    clear();
    m_engine = engine;
    m_runId = runId;
    if (!engine)
        return;
    refreshSources();
    m_refresh->start(250);
}

void RunLogPanel::refreshSources() {
    if (!m_engine)
        return;
    const QString runId = m_runId;
    Engine* engine = m_engine;
    whenReady(this, m_engine->listLogs(m_runId),
              [this, runId, engine](const Result<QList<LogSource>>& sources) {
                  if (runId != m_runId || engine != m_engine)
                      return;
                  if (!sources) {
                      m_status->setText(sources.error().message);
                      m_status->show();
                      return;
                  }
                  for (const LogSource& s : sources.value()) {
                      const bool known = std::any_of(m_sources.begin(), m_sources.end(),
                                                     [&](const LogSource& k) { return k.name == s.name; });
                      if (!known)
                          addSource(s);
                  }
              });
}

void RunLogPanel::addSource(const LogSource& source) {
    auto* document = new LogDocument(this);
    connect(document, &LogDocument::failed, this, [this](const Error& error) {
        m_status->setText(error.message);
        m_status->show();
    });
    m_sources << source;
    m_documents << document;
    m_refresh->setInterval(2000);
    document->open(m_engine->openLog(m_runId, source, nullptr));
    updateSourceBox();
    // The first source is shown at once; a second one switches to the merged view.
    if (m_documents.size() == 1)
        showSource(0);
    else if (m_sourceBox->currentData().toInt() < 0 || m_documents.size() == 2)
        showSource(-1);
    emit sourcesChanged(int(m_documents.size()));
}

void RunLogPanel::updateSourceBox() {
    const int current = m_sourceBox->currentData().isValid() ? m_sourceBox->currentData().toInt() : 0;
    m_sourceBox->clear();
    if (m_sources.size() > 1)
        m_sourceBox->addItem(tr("All ranks (merged)"), -1);
    for (int i = 0; i < m_sources.size(); ++i)
        m_sourceBox->addItem(tr("Rank %1 — %2").arg(m_sources[i].name, m_sources[i].path), i);
    const int at = m_sourceBox->findData(current);
    m_sourceBox->setCurrentIndex(qMax(0, at));
}

void RunLogPanel::showSource(int source) {
    if (source >= m_documents.size())
        return;
    QStringList labels;
    QList<LogDocument*> documents;
    if (source < 0) {
        documents = m_documents;
        for (const LogSource& s : std::as_const(m_sources))
            labels << s.name;
    } else {
        documents << m_documents[source];
        labels << m_sources[source].name;
    }
    m_model->setDocuments(documents, labels);
    m_search->setModel(m_model);
    const int at = m_sourceBox->findData(source);
    if (at >= 0)
        m_sourceBox->setCurrentIndex(at);
}

void RunLogPanel::findText(const QString& text, bool caseSensitive) {
    m_view->setHighlight(text, caseSensitive);
    m_search->find(text, caseSensitive);
    m_countLabel->setText(text.isEmpty() ? QString() : tr("searching…"));
}

void RunLogPanel::findNext() {
    const int from = m_view->currentRow() >= 0 ? m_view->currentRow() : m_view->firstVisibleRow() - 1;
    const int row = m_search->next(from);
    if (row >= 0)
        m_view->setCurrentRow(row);
}

void RunLogPanel::findPrevious() {
    const int from = m_view->currentRow() >= 0 ? m_view->currentRow() : m_view->firstVisibleRow();
    const int row = m_search->previous(from);
    if (row >= 0)
        m_view->setCurrentRow(row);
}

void RunLogPanel::updateCount() {
    if (m_search->text().isEmpty()) {
        m_countLabel->clear();
        return;
    }
    const qint64 n = m_search->count();
    m_countLabel->setText(n == 0 ? tr("no matches")
                                 : tr("%n match(es)", nullptr, int(qMin<qint64>(n, INT_MAX))));
}

} // namespace trainyard::ui
