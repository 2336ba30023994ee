// SPDX-License-Identifier: GPL-3.0-or-later
// The Log page: rows arrive live, the level and time columns fit their text in every language,
// the debug switch follows Settings, and Copy All copies what is shown.
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include "core/i18n/languagemanager.h"
#include "core/logging/logbuffer.h"
#include "core/settings/settings.h"
#include "logmodel.h"
#include "pages/logpage.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::LogBuffer;
using Akari::LogModel;
using Akari::LogPage;

Q_DECLARE_METATYPE(Akari::Language)

namespace
{
constexpr std::array AllTypes{QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg, QtFatalMsg};
} // namespace

class TestLogPage : public QObject
{
    Q_OBJECT

private:
    Akari::LanguageManager m_languages;
    std::unique_ptr<Akari::Test::IsolatedProfile> m_profile;
    std::unique_ptr<LogBuffer> m_buffer;

    [[nodiscard]] std::unique_ptr<LogPage> shownPage() const
    {
        auto page = std::make_unique<LogPage>(m_buffer.get(), &m_profile->settings());
        page->resize(900, 500);
        page->show();
        return page;
    }

private slots:
    void init()
    {
        QVERIFY(m_languages.apply(Akari::Language::English, {}).has_value());
        m_profile = std::make_unique<Akari::Test::IsolatedProfile>();
        m_buffer = std::make_unique<LogBuffer>();
    }

    void cleanup()
    {
        m_buffer.reset();
        m_profile.reset();
    }

    void shouldShowMessagesLive()
    {
        const auto page = shownPage();
        auto *view = page->findChild<QTableView *>(u"logView"_s);
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 0);
        m_buffer->append(QtWarningMsg, u"akari.jobs"_s, u"first"_s);
        m_buffer->append(QtDebugMsg, u"akari.jobs"_s, u"hidden by default"_s);
        m_buffer->append(QtInfoMsg, u"akari.core"_s, u"second"_s);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->model()->index(0, LogModel::MessageColumn).data().toString(), u"first"_s);
        QCOMPARE(view->model()->index(0, LogModel::TypeColumn).data().toString(), u"Warning"_s);
        QCOMPARE(view->model()->index(1, LogModel::MessageColumn).data().toString(), u"second"_s);

        QTest::mouseClick(page->findChild<QPushButton *>(u"clearLogButton"_s), Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(m_buffer->entries().isEmpty());
    }

    void shouldFitTheLevelAndTimeColumns_data()
    {
        QTest::addColumn<Akari::Language>("language");
        QTest::addColumn<bool>("switchAfterCreation");
        QTest::newRow("English") << Akari::Language::English << false;
        QTest::newRow("Japanese") << Akari::Language::Japanese << false;
        QTest::newRow("Japanese, switched while open") << Akari::Language::Japanese << true;
    }

    void shouldFitTheLevelAndTimeColumns()
    {
        QFETCH(Akari::Language, language);
        QFETCH(bool, switchAfterCreation);
        m_profile->settings().setShowDebugMessages(true);
        for (const QtMsgType type : AllTypes)
            m_buffer->append(type, u"akari.test"_s, u"a message"_s);
        if (!switchAfterCreation)
            QVERIFY(m_languages.apply(language, {}).has_value());
        const auto page = shownPage();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        auto *view = page->findChild<QTableView *>(u"logView"_s);
        QTRY_COMPARE(view->model()->rowCount(), static_cast<int>(AllTypes.size()));
        const QString warning = LogBuffer::typeName(QtWarningMsg);
        if (switchAfterCreation) {
            QVERIFY(m_languages.apply(language, {}).has_value());
            QTRY_VERIFY(view->model()->index(0, LogModel::TypeColumn).data().toString() != warning);
        }
        QCOMPARE(LogBuffer::typeName(QtWarningMsg) == u"警告"_s, language == Akari::Language::Japanese);

        const QHeaderView *header = view->horizontalHeader();
        const QFontMetrics metrics = view->fontMetrics();
        const int levelWidth = header->sectionSize(LogModel::TypeColumn);
        const int timeWidth = header->sectionSize(LogModel::TimeColumn);
        for (const QtMsgType type : AllTypes) {
            const QString name = LogBuffer::typeName(type);
            QVERIFY2(
                metrics.horizontalAdvance(name) < levelWidth,
                qPrintable(
                    u"%1 is %2 px in a %3 px column"_s.arg(name).arg(metrics.horizontalAdvance(name)).arg(levelWidth)));
        }
        QVERIFY(metrics.horizontalAdvance(u"00:00:00.000"_s) < timeWidth);
        // What the delegate needs for every shown row, icon and margins included.
        const auto *asView = static_cast<const QAbstractItemView *>(view);
        QVERIFY2(asView->sizeHintForColumn(LogModel::TypeColumn) <= levelWidth,
                 qPrintable(u"level cells need %1 px, have %2"_s.arg(asView->sizeHintForColumn(LogModel::TypeColumn))
                                .arg(levelWidth)));
        QVERIFY2(asView->sizeHintForColumn(LogModel::TimeColumn) <= timeWidth,
                 qPrintable(u"time cells need %1 px, have %2"_s.arg(asView->sizeHintForColumn(LogModel::TimeColumn))
                                .arg(timeWidth)));
        // The header labels ("Level"/"レベル", "Time"/"時刻") fit too.
        QVERIFY(header->sectionSizeHint(LogModel::TypeColumn) <= levelWidth);
        QVERIFY(header->sectionSizeHint(LogModel::TimeColumn) <= timeWidth);
    }

    void shouldToggleDebugMessagesThroughSettings()
    {
        m_buffer->append(QtDebugMsg, u"akari.test"_s, u"details"_s);
        m_buffer->append(QtInfoMsg, u"akari.test"_s, u"summary"_s);
        const auto page = shownPage();
        auto *view = page->findChild<QTableView *>(u"logView"_s);
        auto *checkBox = page->findChild<QCheckBox *>(u"showDebugCheckBox"_s);
        QVERIFY(checkBox);
        QVERIFY(!checkBox->isChecked());
        QCOMPARE(view->model()->rowCount(), 1);

        QTest::mouseClick(checkBox, Qt::LeftButton);
        QVERIFY(m_profile->settings().showDebugMessages());
        QCOMPARE(view->model()->rowCount(), 2);

        m_profile->settings().setShowDebugMessages(false); // e.g. from another window
        QVERIFY(!checkBox->isChecked());
        QCOMPARE(view->model()->rowCount(), 1);
    }

    void shouldCopyAllShownRows()
    {
        m_buffer->append(QtWarningMsg, u"akari.jobs"_s, u"disk is slow"_s);
        m_buffer->append(QtInfoMsg, u"akari.ui"_s, u"opened"_s);
        m_buffer->append(QtDebugMsg, u"akari.ui"_s, u"not shown, not copied"_s);
        const auto page = shownPage();
        QTRY_COMPARE(page->model()->rowCount(), 2);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(page->findChild<QPushButton *>(u"copyLogButton"_s), Qt::LeftButton);

        QStringList expected;
        for (const Akari::LogEntry &entry : m_buffer->entries()) {
            if (entry.type != QtDebugMsg)
                expected.append(QStringList{entry.time.toString(u"HH:mm:ss.zzz"_s), LogBuffer::typeName(entry.type),
                                            entry.category, entry.message}
                                    .join(u'\t'));
        }
        QCOMPARE(QGuiApplication::clipboard()->text(), expected.join(u'\n'));
    }
};

QTEST_MAIN(TestLogPage)
#include "tst_logpage.moc"
