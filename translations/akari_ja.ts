<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Akari::AboutDialog</name>
    <message>
        <source>About Akari</source>
        <translation>Akari について</translation>
    </message>
    <message>
        <source>Akari %1</source>
        <translation>Akari %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;A desktop environment manager for PyTorch projects built on uv.&lt;/p&gt;&lt;p&gt;Built with %1.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;uv で構築された PyTorch プロジェクトのためのデスクトップ環境マネージャーです。&lt;/p&gt;&lt;p&gt;使用ライブラリ: %1&lt;/p&gt;&lt;p&gt;GNU 一般公衆利用許諾書（バージョン 3 以降）の下で提供されます。&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Akari::CliApplication</name>
    <message>
        <source>Commands for detecting hardware, showing and configuring projects, resolving and syncing arrive in later versions. Exit codes: 0 success, 1 the operation failed, 2 bad usage or bad input.</source>
        <translation>ハードウェアの検出、プロジェクトの表示と設定、解決、同期のコマンドは今後のバージョンで追加されます。終了コード: 0 成功、1 処理の失敗、2 使い方または入力の誤り。</translation>
    </message>
    <message>
        <source>Akari for the command line: the right PyTorch build for every machine.</source>
        <translation>コマンドライン版 Akari: どのマシンにも適した PyTorch ビルドを。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>実行するコマンド。</translation>
    </message>
    <message>
        <source>Run “akari-cli --help” for usage.</source>
        <translation>使い方は「akari-cli --help」で確認できます。</translation>
    </message>
    <message>
        <source>akari-cli %1 (%2)</source>
        <translation>akari-cli %1（%2）</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
</context>
<context>
    <name>Akari::CoreMetadata</name>
    <message>
        <source>The line is not valid UTF-8.</source>
        <translation>この行は正しい UTF-8 ではありません。</translation>
    </message>
    <message>
        <source>A continuation line comes before any field.</source>
        <translation>フィールドより前に継続行があります。</translation>
    </message>
    <message>
        <source>The line is not a “Field: value” header and no blank line comes before it.</source>
        <translation>この行は「フィールド: 値」形式のヘッダーではなく、前に空行もありません。</translation>
    </message>
    <message>
        <source>The field has no name.</source>
        <translation>フィールドに名前がありません。</translation>
    </message>
    <message>
        <source>The field name “%1” may not contain spaces or control characters.</source>
        <translation>フィールド名「%1」に空白や制御文字は使えません。</translation>
    </message>
    <message>
        <source>“%1” is given twice with different values (first on line %2).</source>
        <translation>「%1」が異なる値で 2 回指定されています（最初は %2 行目）。</translation>
    </message>
    <message>
        <source>The “Name” field is missing or empty.</source>
        <translation>「Name」フィールドがないか空です。</translation>
    </message>
    <message>
        <source>The “Version” field is missing or empty.</source>
        <translation>「Version」フィールドがないか空です。</translation>
    </message>
</context>
<context>
    <name>Akari::EnvironmentPage</name>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>The project’s virtual environment (.venv): which Python it runs and which packages are installed.</source>
        <translation>プロジェクトの仮想環境（.venv）: 使用する Python とインストール済みのパッケージ。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>プロジェクトが開かれていません。</translation>
    </message>
    <message>
        <source>Inspecting…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation>未作成</translation>
    </message>
    <message>
        <source>Broken: the interpreter is missing</source>
        <translation>破損: インタープリターが見つかりません</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>使用可能</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>implementation version</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n 個のパッケージ</numerusform>
        </translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>インタープリター:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>作成ツール:</translation>
    </message>
    <message>
        <source>Installed:</source>
        <translation>インストール済み:</translation>
    </message>
    <message>
        <source>Installed packages</source>
        <translation>インストール済みのパッケージ</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>再確認(&amp;F)</translation>
    </message>
    <message>
        <source>Inspect the environment again</source>
        <translation>環境をもう一度確認します</translation>
    </message>
    <message>
        <source>No packages are installed in this environment.</source>
        <translation>この環境にはパッケージがインストールされていません。</translation>
    </message>
    <message>
        <source>Could not be read (see the message above)</source>
        <translation>読み取れませんでした（上のメッセージを参照）</translation>
    </message>
</context>
<context>
    <name>Akari::Error</name>
    <message>
        <source>%1: %2</source>
        <comment>file: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <comment>file:line: message</comment>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <comment>file:line:column: message</comment>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>無効な入力</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>File error</source>
        <translation>ファイルエラー</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>構文エラー</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>内部エラー</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>処理はキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>Akari::GuiApplication</name>
    <message>
        <source>Could not write the screenshot to “%1”.</source>
        <translation>スクリーンショットを「%1」に書き込めませんでした。</translation>
    </message>
    <message>
        <source>The window was first painted %1 ms after start.</source>
        <translation>起動から %1 ミリ秒後にウィンドウが初めて描画されました。</translation>
    </message>
</context>
<context>
    <name>Akari::GuiCommandLine</name>
    <message>
        <source>Akari: the right PyTorch build for every machine, in your uv project.</source>
        <translation>Akari: どのマシンにも適した PyTorch ビルドを、uv プロジェクトに。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Render the window to a PNG file, print startup_ms=N and peak_rss_kb=N, and exit.</source>
        <translation>ウィンドウを PNG ファイルに描画し、startup_ms=N と peak_rss_kb=N を出力して終了します。</translation>
    </message>
    <message>
        <source>Page to show: hardware, project, environment or log.</source>
        <translation>表示するページ: hardware、project、environment、log のいずれか。</translation>
    </message>
    <message>
        <source>Language for this run: en or ja.</source>
        <translation>今回の実行で使う言語: en または ja。</translation>
    </message>
    <message>
        <source>Project folder (or its pyproject.toml) to open.</source>
        <translation>開くプロジェクトのフォルダー（または pyproject.toml）。</translation>
    </message>
    <message>
        <source>Run “akari --help” for usage.</source>
        <translation>使い方は「akari --help」で確認できます。</translation>
    </message>
    <message>
        <source>akari %1 (%2)</source>
        <translation>akari %1（%2）</translation>
    </message>
    <message>
        <source>Only one project can be opened at a time.</source>
        <translation>一度に開けるプロジェクトは 1 つだけです。</translation>
    </message>
    <message>
        <source>Unknown page “%1”: use hardware, project, environment or log.</source>
        <translation>不明なページ「%1」です。hardware、project、environment、log のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or ja.</source>
        <translation>不明な言語「%1」です。en または ja を指定してください。</translation>
    </message>
</context>
<context>
    <name>Akari::HardwarePage</name>
    <message>
        <source>Hardware</source>
        <translation>ハードウェア</translation>
    </message>
    <message>
        <source>This machine as PyTorch wheels see it: operating system, processor architecture and C library.</source>
        <translation>PyTorch のホイール選択に関わるこのマシンの情報: オペレーティングシステム、プロセッサアーキテクチャ、C ライブラリ。</translation>
    </message>
    <message numerus="yes">
        <source>%n logical core(s)</source>
        <translation>
            <numerusform>論理コア %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>ホスト名:</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>オペレーティングシステム:</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>カーネル:</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>アーキテクチャ:</translation>
    </message>
    <message>
        <source>Processor:</source>
        <translation>プロセッサ:</translation>
    </message>
    <message>
        <source>Cores:</source>
        <translation>コア数:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>メモリ:</translation>
    </message>
    <message>
        <source>C library:</source>
        <translation>C ライブラリ:</translation>
    </message>
    <message>
        <source>&amp;Detect Again</source>
        <translation>再検出(&amp;D)</translation>
    </message>
    <message>
        <source>Read the machine&apos;s details again</source>
        <translation>マシンの情報をもう一度読み取ります</translation>
    </message>
</context>
<context>
    <name>Akari::HtmlIndexParser</name>
    <message>
        <source>The page uses version %1 of the simple repository API; Akari understands only version 1.</source>
        <translation>このページはシンプルリポジトリ API のバージョン %1 を使っています。Akari が扱えるのはバージョン 1 だけです。</translation>
    </message>
    <message>
        <source>The link “%1” names a hash algorithm that is not supported: “%2”.</source>
        <translation>リンク「%1」は対応していないハッシュアルゴリズム「%2」を指定しています。</translation>
    </message>
    <message>
        <source>The link “%1” is not a valid URL: %2</source>
        <translation>リンク「%1」は正しい URL ではありません: %2</translation>
    </message>
</context>
<context>
    <name>Akari::Job</name>
    <message>
        <source>“%1” stopped because of an unexpected error: %2</source>
        <translation>予期しないエラーのため「%1」が停止しました: %2</translation>
    </message>
    <message>
        <source>“%1” stopped because of an unexpected error.</source>
        <translation>予期しないエラーのため「%1」が停止しました。</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>「%1」が失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>Akari::JobStatusWidget</name>
    <message>
        <source>%1: %2</source>
        <comment>job title: phase</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <comment>running jobs</comment>
        <translation>
            <numerusform>%1（ほか %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation>「%1」をキャンセル</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Akari::JsonIndexParser</name>
    <message>
        <source>“%1” must be a string.</source>
        <translation>「%1」は文字列でなければなりません。</translation>
    </message>
    <message>
        <source>“%1” must be an object.</source>
        <translation>「%1」はオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>“%1” must be a list.</source>
        <translation>「%1」はリストでなければなりません。</translation>
    </message>
    <message>
        <source>“%1” must be true, false or a string.</source>
        <translation>「%1」は true、false、または文字列でなければなりません。</translation>
    </message>
    <message>
        <source>“%1” must be true, false or an object of hashes.</source>
        <translation>「%1」は true、false、またはハッシュのオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>“%1” must be a whole number of bytes, zero or more.</source>
        <translation>「%1」は 0 以上の整数のバイト数でなければなりません。</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1</source>
        <translation>JSON として正しくありません: %1</translation>
    </message>
    <message>
        <source>The page is not a JSON object.</source>
        <translation>このページは JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The page uses version %1 of the simple repository API; Akari understands only version 1.</source>
        <translation>このページはシンプルリポジトリ API のバージョン %1 を使っています。Akari が扱えるのはバージョン 1 だけです。</translation>
    </message>
    <message>
        <source>“%1” is not a plain file name: “%2”.</source>
        <translation>「%1」は単純なファイル名ではありません: 「%2」</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: “%2”.</source>
        <translation>「%1」は正しい URL ではありません: 「%2」</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date and time: “%2”.</source>
        <translation>「%1」は ISO 8601 形式の日時ではありません: 「%2」</translation>
    </message>
    <message>
        <source>The page has no “files” list.</source>
        <translation>このページには「files」リストがありません。</translation>
    </message>
    <message>
        <source>The page has no “projects” list.</source>
        <translation>このページには「projects」リストがありません。</translation>
    </message>
</context>
<context>
    <name>Akari::LanguageManager</name>
    <message>
        <source>Akari’s messages for the language “%1” are missing.</source>
        <translation>言語「%1」の Akari のメッセージが見つかりません。</translation>
    </message>
    <message>
        <source>Qt’s own messages for the language “%1” were not found in %2.</source>
        <translation>言語「%1」の Qt 自体のメッセージが %2 に見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>Akari::LogBuffer</name>
    <message>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>致命的</translation>
    </message>
</context>
<context>
    <name>Akari::LogModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>Akari::LogPage</name>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Everything Akari reported while it ran, newest at the bottom.</source>
        <translation>実行中に Akari が記録したすべてのメッセージ（新しいものが下）。</translation>
    </message>
    <message>
        <source>Log messages</source>
        <translation>ログメッセージ</translation>
    </message>
    <message>
        <source>Show &amp;debug messages</source>
        <translation>デバッグメッセージを表示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>すべてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>消去(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Akari::MainWindow</name>
    <message>
        <source>No recent projects</source>
        <translation>最近使ったプロジェクトはありません</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Projects</source>
        <translation>最近使ったプロジェクトを消去(&amp;C)</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>ハードウェア</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>This machine and what PyTorch build it needs</source>
        <translation>このマシンと、必要な PyTorch ビルド</translation>
    </message>
    <message>
        <source>The open project’s pyproject.toml</source>
        <translation>開いているプロジェクトの pyproject.toml</translation>
    </message>
    <message>
        <source>The project’s virtual environment</source>
        <translation>プロジェクトの仮想環境</translation>
    </message>
    <message>
        <source>Messages from every part of Akari</source>
        <translation>Akari の各部からのメッセージ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Recent Projects</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a folder that holds a pyproject.toml</source>
        <translation>pyproject.toml を含むフォルダーを開きます</translation>
    </message>
    <message>
        <source>Re&amp;load Project</source>
        <translation>プロジェクトを再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Akari</source>
        <translation>Akari について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>プロジェクト: %1</translation>
    </message>
    <message>
        <source>%1 — Akari</source>
        <comment>project name — application</comment>
        <translation>%1 — Akari</translation>
    </message>
    <message>
        <source>Akari</source>
        <translation>Akari</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Could not open the project.</source>
        <translation>プロジェクトを開けませんでした。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>Opened the project %1.</source>
        <translation>プロジェクト %1 を開きました。</translation>
    </message>
</context>
<context>
    <name>Akari::Marker</name>
    <message>
        <source>Marker expression is nested too deeply</source>
        <translation>マーカー式の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>Expected matching RIGHT_PARENTHESIS for LEFT_PARENTHESIS, after marker expression</source>
        <translation>マーカー式の後に、左括弧に対応する右括弧が必要です</translation>
    </message>
    <message>
        <source>Invalid quoted string</source>
        <translation>引用符で囲まれた文字列が正しくありません</translation>
    </message>
    <message>
        <source>Expected a marker variable or quoted string</source>
        <translation>マーカー変数または引用符で囲まれた文字列が必要です</translation>
    </message>
    <message>
        <source>Expected whitespace after &apos;not&apos;</source>
        <translation>&apos;not&apos; の後に空白が必要です</translation>
    </message>
    <message>
        <source>Expected &apos;in&apos; after &apos;not&apos;</source>
        <translation>&apos;not&apos; の後に &apos;in&apos; が必要です</translation>
    </message>
    <message>
        <source>Expected marker operator, one of &lt;=, &lt;, !=, ==, &gt;=, &gt;, ~=, ===, in, not in</source>
        <translation>マーカー演算子（&lt;=、&lt;、!=、==、&gt;=、&gt;、~=、===、in、not in のいずれか）が必要です</translation>
    </message>
    <message>
        <source>Expected end of marker expression</source>
        <translation>マーカー式はここで終わる必要があります</translation>
    </message>
</context>
<context>
    <name>Akari::MarkerExpression</name>
    <message>
        <source>Cannot evaluate the marker comparison &apos;%1&apos;: %2 needs PEP 440 versions on both sides.</source>
        <translation>マーカーの比較 &apos;%1&apos; を評価できません: %2 には両辺に PEP 440 のバージョンが必要です。</translation>
    </message>
    <message>
        <source>Cannot evaluate the marker comparison &apos;%1&apos;: %2 is a set and can only stand on the right of &apos;in&apos; or &apos;not in&apos;.</source>
        <translation>マーカーの比較 &apos;%1&apos; を評価できません: %2 は集合のため、&apos;in&apos; または &apos;not in&apos; の右側にしか置けません。</translation>
    </message>
</context>
<context>
    <name>Akari::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>Akari::PackageName</name>
    <message>
        <source>name is invalid: the name is empty</source>
        <translation>名前が正しくありません: 名前が空です</translation>
    </message>
    <message>
        <source>name is invalid: %1 (unexpected character at column %2; a name has ASCII letters and digits, with &apos;.&apos;, &apos;_&apos; or &apos;-&apos; only between them)</source>
        <translation>名前が正しくありません: %1（%2 列目に予期しない文字があります。名前は ASCII の英数字からなり、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; はその間にだけ使えます）</translation>
    </message>
</context>
<context>
    <name>Akari::ProjectPage</name>
    <message>
        <source>Project: %1</source>
        <translation>プロジェクト: %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>What the project’s pyproject.toml declares: its Python requirement, dependencies and package indexes.</source>
        <translation>プロジェクトの pyproject.toml の内容: 必要な Python、依存関係、パッケージインデックス。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n line(s))</source>
        <translation>
            <numerusform>%1（%n 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n 個のパッケージ</numerusform>
        </translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>Requires Python:</source>
        <translation>必要な Python:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Dependencies:</source>
        <translation>依存関係:</translation>
    </message>
    <message>
        <source>Extras:</source>
        <translation>エクストラ:</translation>
    </message>
    <message>
        <source>Indexes:</source>
        <translation>インデックス:</translation>
    </message>
    <message>
        <source>Pinned sources:</source>
        <translation>固定されたソース:</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>依存関係</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Read pyproject.toml from disk again</source>
        <translation>ディスクから pyproject.toml をもう一度読み込みます</translation>
    </message>
</context>
<context>
    <name>Akari::PyProjectReader</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>「%1」は存在しません。</translation>
    </message>
    <message>
        <source>The folder “%1” has no pyproject.toml.</source>
        <translation>フォルダー「%1」には pyproject.toml がありません。</translation>
    </message>
    <message>
        <source>“%1” is not a pyproject.toml file.</source>
        <translation>「%1」は pyproject.toml ファイルではありません。</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>ファイルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>This is not valid TOML: %1</source>
        <translation>TOML として正しくありません: %1</translation>
    </message>
    <message>
        <source>Loading the project</source>
        <translation>プロジェクトの読み込み</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>ファイルが存在しません。</translation>
    </message>
    <message>
        <source>“%1” must be a string.</source>
        <translation>「%1」は文字列でなければなりません。</translation>
    </message>
    <message>
        <source>“%1” must be a list of strings.</source>
        <translation>「%1」は文字列のリストでなければなりません。</translation>
    </message>
    <message>
        <source>“%1” must be a table.</source>
        <translation>「%1」はテーブルでなければなりません。</translation>
    </message>
    <message>
        <source>“%1” must be a list of tables.</source>
        <translation>「%1」はテーブルのリストでなければなりません。</translation>
    </message>
</context>
<context>
    <name>Akari::Requirement</name>
    <message>
        <source>Local version label can only be used with `==` or `!=` operators</source>
        <translation>ローカルバージョンラベルは `==` と `!=` 演算子でのみ使えます</translation>
    </message>
    <message>
        <source>Expected matching RIGHT_PARENTHESIS for LEFT_PARENTHESIS, after version specifier</source>
        <translation>バージョン指定子の後に、左括弧に対応する右括弧が必要です</translation>
    </message>
    <message>
        <source>Invalid specifier: %1</source>
        <translation>バージョン指定子が正しくありません: %1</translation>
    </message>
    <message>
        <source>Expected package name at the start of dependency specifier</source>
        <translation>依存関係の指定はパッケージ名で始まる必要があります</translation>
    </message>
    <message>
        <source>Expected comma between extra names</source>
        <translation>エクストラ名の間にカンマが必要です</translation>
    </message>
    <message>
        <source>Expected extra name after comma</source>
        <translation>カンマの後にエクストラ名が必要です</translation>
    </message>
    <message>
        <source>Expected matching RIGHT_BRACKET for LEFT_BRACKET, after extras</source>
        <translation>エクストラの後に、左角括弧に対応する右角括弧が必要です</translation>
    </message>
    <message>
        <source>Expected URL after @</source>
        <translation>@ の後に URL が必要です</translation>
    </message>
    <message>
        <source>Expected whitespace after URL</source>
        <translation>URL の後に空白が必要です</translation>
    </message>
    <message>
        <source>Expected semicolon (after URL and whitespace) or end</source>
        <translation>セミコロン（URL と空白の後）または終端が必要です</translation>
    </message>
    <message>
        <source>Expected semicolon (after name with no version specifier) or end</source>
        <translation>セミコロン（バージョン指定のない名前の後）または終端が必要です</translation>
    </message>
    <message>
        <source>Expected comma (within version specifier), semicolon (after version specifier) or end</source>
        <translation>カンマ（バージョン指定子の中）、セミコロン（バージョン指定子の後）、または終端が必要です</translation>
    </message>
    <message>
        <source>Expected end of dependency specifier</source>
        <translation>依存関係の指定はここで終わる必要があります</translation>
    </message>
</context>
<context>
    <name>Akari::SdistFileName</name>
    <message>
        <source>Invalid sdist filename (%1): %2</source>
        <translation>sdist のファイル名が正しくありません（%1）: %2</translation>
    </message>
    <message>
        <source>extension must be &apos;.tar.gz&apos; or &apos;.zip&apos;</source>
        <translation>拡張子は &apos;.tar.gz&apos; か &apos;.zip&apos; でなければなりません</translation>
    </message>
    <message>
        <source>hyphen must separate name and version parts</source>
        <translation>名前とバージョンはハイフンで区切る必要があります</translation>
    </message>
    <message>
        <source>empty project name</source>
        <translation>プロジェクト名が空です</translation>
    </message>
    <message>
        <source>invalid version %1 at column %2: %3</source>
        <translation>%2 列目のバージョン %1 が正しくありません: %3</translation>
    </message>
</context>
<context>
    <name>Akari::Settings</name>
    <message>
        <source>Could not save the settings to %1.</source>
        <translation>設定を %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for the setting %2.</source>
        <translation>「%1」は設定 %2 の値として正しくありません。</translation>
    </message>
</context>
<context>
    <name>Akari::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The new language applies at once; no restart is needed.</source>
        <translation>新しい言語はすぐに反映されます。再起動は不要です。</translation>
    </message>
    <message>
        <source>&amp;Recent projects to remember:</source>
        <translation>記憶する最近のプロジェクト数(&amp;R):</translation>
    </message>
    <message>
        <source>Recent projects to remember</source>
        <translation>記憶する最近のプロジェクト数</translation>
    </message>
</context>
<context>
    <name>Akari::Specifier</name>
    <message>
        <source>Invalid specifier &apos;%1&apos;: unexpected end at column %2</source>
        <translation>バージョン指定子 &apos;%1&apos; が正しくありません: %2 列目で入力が途中で終わっています</translation>
    </message>
    <message>
        <source>Invalid specifier &apos;%1&apos;: unexpected &apos;%3&apos; at column %2</source>
        <translation>バージョン指定子 &apos;%1&apos; が正しくありません: %2 列目に予期しない &apos;%3&apos; があります</translation>
    </message>
    <message>
        <source>Invalid specifier &apos;%1&apos;: expected one of the operators ==, !=, &lt;=, &gt;=, &lt;, &gt;, ~= or === at column %2</source>
        <translation>バージョン指定子 &apos;%1&apos; が正しくありません: %2 列目に演算子 ==、!=、&lt;=、&gt;=、&lt;、&gt;、~=、=== のいずれかが必要です</translation>
    </message>
    <message>
        <source>Invalid specifier &apos;%1&apos;: the number at column %2 is too large</source>
        <translation>バージョン指定子 &apos;%1&apos; が正しくありません: %2 列目の数値が大きすぎます</translation>
    </message>
    <message>
        <source>Invalid specifier &apos;%1&apos;: expected a version at column %2</source>
        <translation>バージョン指定子 &apos;%1&apos; が正しくありません: %2 列目にバージョンが必要です</translation>
    </message>
    <message>
        <source>Invalid specifier &apos;%1&apos;: a local version label (column %2) is only allowed with == and !=</source>
        <translation>バージョン指定子 &apos;%1&apos; が正しくありません: ローカルバージョンラベル（%2 列目）は == と != でのみ使えます</translation>
    </message>
    <message>
        <source>Invalid specifier &apos;%1&apos;: ~= needs at least two release numbers (column %2)</source>
        <translation>バージョン指定子 &apos;%1&apos; が正しくありません: ~= にはリリース番号が 2 つ以上必要です（%2 列目）</translation>
    </message>
</context>
<context>
    <name>Akari::SpecifierSet</name>
    <message>
        <source>Cannot combine specifier sets that allow and forbid pre-releases.</source>
        <translation>プレリリースを許可するバージョン指定と禁止するバージョン指定は組み合わせられません。</translation>
    </message>
    <message>
        <source>Set relations do not support === specifiers.</source>
        <translation>集合の関係は === 指定には対応していません。</translation>
    </message>
    <message>
        <source>Set relations need both specifier sets to have the same pre-release setting.</source>
        <translation>集合の関係を求めるには、両方のバージョン指定のプレリリース設定が同じである必要があります。</translation>
    </message>
</context>
<context>
    <name>Akari::SystemProbe</name>
    <message>
        <source>Detecting the machine</source>
        <translation>マシンの検出</translation>
    </message>
    <message>
        <source>Detecting</source>
        <translation>検出中</translation>
    </message>
</context>
<context>
    <name>Akari::Tag</name>
    <message>
        <source>Tag %1 has an empty component: %2 (column %3)</source>
        <translation>タグ %1 に空の要素があります: %2（%3 列目）</translation>
    </message>
    <message>
        <source>Tag component %1 is not in sorted order per PEP 425 (column %2)</source>
        <translation>タグの要素 %1 が PEP 425 の規定どおりに並んでいません（%2 列目）</translation>
    </message>
    <message>
        <source>Compressed tag set would generate %1 tags, exceeding limit %2</source>
        <translation>圧縮タグセットから %1 個のタグが生成され、上限 %2 を超えます</translation>
    </message>
    <message>
        <source>Tag %1 must have exactly three components (found %2)</source>
        <translation>タグ %1 はちょうど 3 つの要素を持つ必要があります（%2 個あります）</translation>
    </message>
    <message>
        <source>Tag %1 has an invalid interpreter: %2 (column %3)</source>
        <translation>タグ %1 のインタープリターが正しくありません: %2（%3 列目）</translation>
    </message>
    <message>
        <source>Tag %1 is a compressed tag set, not a single tag (column %2)</source>
        <translation>タグ %1 は単一のタグではなく圧縮タグセットです（%2 列目）</translation>
    </message>
</context>
<context>
    <name>Akari::Version</name>
    <message>
        <source>Invalid version &apos;%1&apos;: the number at column %2 is too large</source>
        <translation>バージョン &apos;%1&apos; が正しくありません: %2 列目の数値が大きすぎます</translation>
    </message>
    <message>
        <source>Invalid version &apos;%1&apos;: unexpected end at column %2</source>
        <translation>バージョン &apos;%1&apos; が正しくありません: %2 列目で予期せず終わっています</translation>
    </message>
    <message>
        <source>Invalid version &apos;%1&apos;: unexpected &apos;%2&apos; at column %3</source>
        <translation>バージョン &apos;%1&apos; が正しくありません: %3 列目に予期しない &apos;%2&apos; があります</translation>
    </message>
    <message>
        <source>A version needs at least one release number.</source>
        <translation>バージョンにはリリース番号が 1 つ以上必要です。</translation>
    </message>
    <message>
        <source>A version number is too large.</source>
        <translation>バージョン番号が大きすぎます。</translation>
    </message>
    <message>
        <source>Invalid local version label &apos;%1&apos;.</source>
        <translation>ローカルバージョンラベル &apos;%1&apos; が正しくありません。</translation>
    </message>
</context>
<context>
    <name>Akari::VirtualEnvironment</name>
    <message>
        <source>This folder is not a virtual environment: pyvenv.cfg is missing.</source>
        <translation>このフォルダーは仮想環境ではありません: pyvenv.cfg がありません。</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>ファイルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Inspecting the environment</source>
        <translation>環境の確認</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>This is a file, not a virtual environment folder.</source>
        <translation>これはファイルであり、仮想環境のフォルダーではありません。</translation>
    </message>
</context>
<context>
    <name>Akari::WelcomePage</name>
    <message>
        <source>Welcome to Akari</source>
        <translation>Akari へようこそ</translation>
    </message>
    <message>
        <source>The right PyTorch build for every machine, written into your uv project.</source>
        <translation>どのマシンにも適した PyTorch ビルドを選び、uv プロジェクトに書き込みます。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>project name — folder</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>最近使ったプロジェクトはまだありません。</translation>
    </message>
    <message>
        <source>Akari detects this machine’s accelerators, shows which PyTorch build each platform of your project uses, and keeps pyproject.toml and the project’s environment in step.</source>
        <translation>Akari はこのマシンのアクセラレータを検出し、プロジェクトの各プラットフォームでどの PyTorch ビルドが使われるかを示し、pyproject.toml とプロジェクトの環境を一致させます。</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a folder that holds a pyproject.toml</source>
        <translation>pyproject.toml を含むフォルダーを開きます</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>最近使ったプロジェクト(&amp;R):</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近使ったプロジェクト</translation>
    </message>
    <message>
        <source>You can also drop a project folder or its pyproject.toml onto this window.</source>
        <translation>プロジェクトのフォルダーや pyproject.toml をこのウィンドウにドロップして開くこともできます。</translation>
    </message>
</context>
<context>
    <name>Akari::WheelFileName</name>
    <message>
        <source>Invalid wheel filename (%1): %2</source>
        <translation>ホイールのファイル名が正しくありません（%1）: %2</translation>
    </message>
    <message>
        <source>extension must be &apos;.whl&apos;</source>
        <translation>拡張子は &apos;.whl&apos; でなければなりません</translation>
    </message>
    <message>
        <source>wrong number of parts: %1 instead of 5 or 6</source>
        <translation>要素の数が正しくありません: 5 か 6 のはずが %1 個です</translation>
    </message>
    <message>
        <source>invalid project name %1 at column %2</source>
        <translation>%2 列目のプロジェクト名 %1 が正しくありません</translation>
    </message>
    <message>
        <source>invalid version %1 at column %2: %3</source>
        <translation>%2 列目のバージョン %1 が正しくありません: %3</translation>
    </message>
    <message>
        <source>invalid build number %1 at column %2; it must start with a digit</source>
        <translation>%2 列目のビルド番号 %1 が正しくありません。数字で始まる必要があります</translation>
    </message>
    <message>
        <source>build number %1 at column %2 is too large</source>
        <translation>%2 列目のビルド番号 %1 が大きすぎます</translation>
    </message>
    <message>
        <source>invalid tag component %1 at column %2: %3</source>
        <translation>%2 列目のタグ要素 %1 が正しくありません: %3</translation>
    </message>
</context>
<context>
    <name>Akari::WindowState</name>
    <message>
        <source>Could not save the window layout to %1.</source>
        <translation>ウィンドウのレイアウトを %1 に保存できませんでした。</translation>
    </message>
</context>
</TS>
