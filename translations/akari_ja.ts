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
    <name>Akari::AdviceContext</name>
    <message>
        <source>%1 GPU</source>
        <comment>vendor name, e.g. NVIDIA GPU</comment>
        <translation>%1 GPU</translation>
    </message>
</context>
<context>
    <name>Akari::Advisor</name>
    <message>
        <source>uv has no CUDA builds for macOS, so with NVIDIA driver %1 it still chooses CPU builds.</source>
        <translation>uv には macOS 用の CUDA ビルドがないため、NVIDIA ドライバー %1 があっても CPU ビルドを選びます。</translation>
    </message>
    <message>
        <source>NVIDIA driver %1 (read from %2) is older than any CUDA build needs (%3 or newer on %4), so uv chooses CPU builds.</source>
        <translation>NVIDIA ドライバー %1（%2 から取得）は、どの CUDA ビルドの要件（%4 では %3 以降）よりも古いため、uv は CPU ビルドを選びます。</translation>
    </message>
    <message numerus="yes">
        <source>NVIDIA driver %1 (read from %2) allows CUDA builds up to %3 in uv&apos;s table, so uv tries %3 first, then older CUDA builds and finally CPU builds: %n indexes in all.</source>
        <translation>
            <numerusform>uv の対応表によると、NVIDIA ドライバー %1（%2 から取得）で使える CUDA ビルドは %3 までです。そのため uv は %3 を最初に試し、次に古い CUDA ビルド、最後に CPU ビルドを試します（インデックスは計 %n 個）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NVIDIA driver %1 (read from %2) supports CUDA up to %3. uv tries %4 first anyway: PyTorch&apos;s CUDA %5 builds run on any driver from %6 on, thanks to CUDA minor-version compatibility. Then come older CUDA builds and finally CPU builds: %n indexes in all.</source>
        <translation>
            <numerusform>NVIDIA ドライバー %1（%2 から取得）が対応する CUDA は %3 までですが、uv はそれでも %4 を最初に試します。CUDA のマイナーバージョン互換性により、PyTorch の CUDA %5 ビルドはドライバー %6 以降であれば動作するためです。その後、古い CUDA ビルド、最後に CPU ビルドを試します（インデックスは計 %n 個）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NVIDIA driver %1 (read from %2) supports CUDA up to %3. uv tries %4 first, then older CUDA builds and finally CPU builds: %n indexes in all.</source>
        <translation>
            <numerusform>NVIDIA ドライバー %1（%2 から取得）が対応する CUDA は %3 までです。uv は %4 を最初に試し、次に古い CUDA ビルド、最後に CPU ビルドを試します（インデックスは計 %n 個）。</numerusform>
        </translation>
    </message>
    <message>
        <source>uv uses ROCm builds only for Linux, so for %1 it chooses CPU builds for the AMD GPU (%2).</source>
        <translation>uv が ROCm ビルドを使うのは Linux だけなので、%1 では AMD GPU（%2）に CPU ビルドを選びます。</translation>
    </message>
    <message numerus="yes">
        <source>uv found the AMD GPU architecture %1 (through %2) and tries the ROCm builds made for it, %3 first, then CPU builds: %n indexes in all.</source>
        <translation>
            <numerusform>uv は %2 経由で AMD GPU のアーキテクチャ %1 を検出し、それ向けの ROCm ビルドを %3 から順に試し、次に CPU ビルドを試します（インデックスは計 %n 個）。</numerusform>
        </translation>
    </message>
    <message>
        <source>uv found an Intel GPU (through %1) and uses only the Intel XPU builds, with no CPU builds to fall back on.</source>
        <translation>uv は %1 経由で Intel GPU を検出し、Intel XPU ビルドだけを使います。フォールバック先の CPU ビルドはありません。</translation>
    </message>
    <message>
        <source>uv found an Intel GPU (through %1), but has no Intel XPU builds for %2, so it chooses CPU builds.</source>
        <translation>uv は %1 経由で Intel GPU を検出しましたが、%2 用の Intel XPU ビルドがないため、CPU ビルドを選びます。</translation>
    </message>
    <message>
        <source>uv found no GPU it can use, so it chooses CPU builds.</source>
        <translation>uv は使用できる GPU を検出しなかったため、CPU ビルドを選びます。</translation>
    </message>
    <message>
        <source>uv would stop with this error before installing anything: “%1”.</source>
        <translation>uv は何もインストールしないうちに、次のエラーで停止します: 「%1」</translation>
    </message>
    <message>
        <source>uv would stop with this error before installing anything: “%1”. Akari read NVIDIA driver %2 itself; it allows %3, which Akari recommends.</source>
        <translation>uv は何もインストールしないうちに、次のエラーで停止します: 「%1」。Akari が独自に読み取った NVIDIA ドライバー %2 では %3 を使えるため、Akari はこれを推奨します。</translation>
    </message>
    <message>
        <source>PyTorch publishes no ROCm builds for Windows, so uv gives CPU builds to the AMD GPU (%1). Under WSL 2 or on Linux, PyTorch&apos;s ROCm builds can use it.</source>
        <translation>PyTorch は Windows 用の ROCm ビルドを公開していないため、uv は AMD GPU（%1）に CPU ビルドを割り当てます。WSL 2 や Linux 上であれば、PyTorch の ROCm ビルドでこの GPU を使えます。</translation>
    </message>
    <message>
        <source>PyTorch publishes no ROCm builds for Windows, so uv gives CPU builds to the AMD GPU (%1). Under WSL 2 or on Linux, the ROCm builds for %2 (%3 first) can use it.</source>
        <translation>PyTorch は Windows 用の ROCm ビルドを公開していないため、uv は AMD GPU（%1）に CPU ビルドを割り当てます。WSL 2 や Linux 上であれば、%2 向けの ROCm ビルド（%3 が最優先）でこの GPU を使えます。</translation>
    </message>
    <message>
        <source>An AMD GPU (%1) is present, but uv found no rocm_agent_enumerator, so it does not use ROCm builds. Install ROCm (it provides rocm_agent_enumerator), or set UV_AMD_GPU_ARCHITECTURE to the GPU&apos;s gfx name as rocminfo shows it.</source>
        <translation>AMD GPU（%1）がありますが、uv は rocm_agent_enumerator を見つけられなかったため、ROCm ビルドを使いません。ROCm をインストールする（rocm_agent_enumerator が含まれます）か、rocminfo に表示される GPU の gfx 名を UV_AMD_GPU_ARCHITECTURE に設定してください。</translation>
    </message>
    <message>
        <source>An AMD GPU (%1, %2) is present, but uv found no rocm_agent_enumerator, so it does not use ROCm builds. Akari recommends %3. For uv to choose it too, install ROCm (it provides rocm_agent_enumerator) or set UV_AMD_GPU_ARCHITECTURE=%2.</source>
        <translation>AMD GPU（%1、%2）がありますが、uv は rocm_agent_enumerator を見つけられなかったため、ROCm ビルドを使いません。Akari は %3 を推奨します。uv にも同じビルドを選ばせるには、ROCm をインストールする（rocm_agent_enumerator が含まれます）か、UV_AMD_GPU_ARCHITECTURE=%2 を設定してください。</translation>
    </message>
    <message>
        <source>uv&apos;s ROCm table has no builds for %1, the architecture of %2, so uv does not use ROCm for it.</source>
        <translation>uv の ROCm 対応表には %2 のアーキテクチャである %1 向けのビルドがないため、uv はこの GPU に ROCm を使いません。</translation>
    </message>
    <message>
        <source>PyTorch&apos;s default builds on PyPI include MPS, which runs on this Mac&apos;s GPU (%1). uv&apos;s automatic choice does not look for Apple GPUs and uses the CPU index; Akari recommends the PyPI builds.</source>
        <translation>PyPI にある PyTorch のデフォルトビルドは MPS に対応しており、この Mac の GPU（%1）で動作します。uv の自動選択は Apple の GPU を探さずに CPU インデックスを使うため、Akari は PyPI のビルドを推奨します。</translation>
    </message>
    <message>
        <source>PyTorch&apos;s macOS builds on PyPI include MPS for Apple Silicon GPUs; uv&apos;s automatic choice uses the CPU index for macOS. Akari recommends the PyPI builds.</source>
        <translation>PyPI にある PyTorch の macOS 用ビルドは Apple Silicon の GPU 向けの MPS に対応していますが、uv の自動選択は macOS では CPU インデックスを使います。Akari は PyPI のビルドを推奨します。</translation>
    </message>
    <message>
        <source>Detection describes this machine (%1); the list is what uv would try here for %2 wheels, as with --python-platform. On a %2 machine the result may differ.</source>
        <translation>検出結果はこのマシン（%1）のものです。一覧は、--python-platform を指定した場合と同じく、このマシン上で uv が %2 用のホイールを求めて試すインデックスです。%2 のマシン上では結果が異なる場合があります。</translation>
    </message>
</context>
<context>
    <name>Akari::AmdProbe</name>
    <message>
        <source>%1 printed text that is not UTF-8.</source>
        <translation>%1 が UTF-8 ではないテキストを出力しました。</translation>
    </message>
</context>
<context>
    <name>Akari::AppleProbe</name>
    <message>
        <source>Apple Silicon GPU</source>
        <translation>Apple Silicon の GPU</translation>
    </message>
    <message>
        <source>%1 GPU</source>
        <comment>Apple chip name, e.g. Apple M2 Pro</comment>
        <translation>%1 GPU</translation>
    </message>
</context>
<context>
    <name>Akari::AvailabilityPanel</name>
    <message>
        <source>Availability</source>
        <translation>提供状況</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>platform: backend</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no wheels</source>
        <translation>ホイールなし</translation>
    </message>
    <message>
        <source>%1 on %2, Python %3</source>
        <translation>%2 の %1、Python %3</translation>
    </message>
    <message>
        <source>%1: not checked</source>
        <comment>package</comment>
        <translation>%1: 未確認</translation>
    </message>
    <message>
        <source>%1: no wheels</source>
        <comment>package</comment>
        <translation>%1: ホイールなし</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (newest), %n version(s) in all</source>
        <comment>package: version</comment>
        <translation>
            <numerusform>%1: %2（最新）、全 %n バージョン</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a project to see which PyTorch builds its plan can get.</source>
        <translation>プロジェクトを開くと、その構成で取得できる PyTorch ビルドを確認できます。</translation>
    </message>
    <message>
        <source>The plan has no PyTorch packages to look up.</source>
        <translation>構成に、確認対象の PyTorch パッケージがありません。</translation>
    </message>
    <message>
        <source>Reading the package indexes (%1 of %2 pages)…</source>
        <translation>パッケージインデックスを読み込んでいます（%2 ページ中 %1 ページ）…</translation>
    </message>
    <message>
        <source>Reading the package indexes…</source>
        <translation>パッケージインデックスを読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not read the package indexes: %1</source>
        <translation>パッケージインデックスを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Not checked yet. Refresh reads the package indexes.</source>
        <translation>まだ確認していません。「再確認」を押すとパッケージインデックスを読み込みます。</translation>
    </message>
    <message>
        <source>The newest torch with wheels for each platform, backend and Python version. Hover over a cell for torchvision and torchaudio.</source>
        <translation>プラットフォーム、バックエンド、Python バージョンごとに、ホイールが提供されている最新の torch を示します。torchvision と torchaudio については、セルにマウスポインターを合わせると表示されます。</translation>
    </message>
    <message>
        <source>The plan changed since: refresh to check it.</source>
        <translation>その後、構成が変更されました。再確認してください。</translation>
    </message>
    <message>
        <source>Which PyTorch versions each backend of the plan has wheels for</source>
        <translation>構成の各バックエンドで、どの PyTorch バージョンのホイールが提供されているか</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>再確認(&amp;F)</translation>
    </message>
    <message>
        <source>Read the package indexes again</source>
        <translation>パッケージインデックスを再度読み込む</translation>
    </message>
    <message>
        <source>Newest PyTorch version with wheels per platform, backend and Python version</source>
        <translation>プラットフォーム、バックエンド、Python バージョンごとの、ホイールが提供されている最新の PyTorch バージョン</translation>
    </message>
    <message>
        <source>Availability status</source>
        <translation>提供状況の状態</translation>
    </message>
</context>
<context>
    <name>Akari::AvailableCommand</name>
    <message>
        <source>available Show which PyTorch versions each backend has wheels for, per platform and Python.</source>
        <translation>available 各バックエンドでどの PyTorch バージョンのホイールが提供されているかを、プラットフォームと Python ごとに表示します。</translation>
    </message>
    <message>
        <source>Reads the PyTorch indexes and shows, per backend, platform and Python version, the newest torch, torchvision and torchaudio with wheels: where a backend stops, and which Pythons have none yet.</source>
        <translation>PyTorch のインデックスを読み込み、バックエンド、プラットフォーム、Python バージョンごとに、ホイールが提供されている最新の torch、torchvision、torchaudio を表示します。これにより、各バックエンドがどのバージョンで提供を終えているか、どの Python 用のホイールがまだないかがわかります。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>A backend to check (pypi, cpu, cu128, rocm6.4, xpu); repeatable. Default: the project&apos;s.</source>
        <translation>確認するバックエンド（pypi、cpu、cu128、rocm6.4、xpu）。複数回指定できます。デフォルト: プロジェクトのバックエンド。</translation>
    </message>
    <message>
        <source>A Python version (3.12); repeatable. Default: those PyTorch has wheels for.</source>
        <translation>Python バージョン（3.12 など）。複数回指定できます。デフォルト: PyTorch がホイールを提供しているバージョン。</translation>
    </message>
    <message>
        <source>linux, windows or macos; repeatable. Default: all three.</source>
        <translation>linux、windows、macos のいずれか。複数回指定できます。デフォルト: 3 つすべて。</translation>
    </message>
    <message>
        <source>A package to look up; repeatable. Default: torch, torchvision and torchaudio.</source>
        <translation>確認するパッケージ。複数回指定できます。デフォルト: torch、torchvision、torchaudio。</translation>
    </message>
    <message>
        <source>Read backend ID from this index URL or folder instead (a mirror); repeatable.</source>
        <translation>バックエンド ID を、代わりにこのインデックスの URL またはフォルダー（ミラー）から読み込みます。複数回指定できます。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>テキストの代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>“%1” is not a platform; use linux, windows or macos.</source>
        <translation>「%1」はプラットフォームではありません。linux、windows、macos のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not ID=URL (e.g. cu128=https://mirror.example/whl/cu128).</source>
        <translation>「%1」は ID=URL の形式ではありません（例: cu128=https://mirror.example/whl/cu128）。</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no wheels in this cell</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>?</source>
        <comment>the index could not be read</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 (newest version with wheels):</source>
        <comment>platform</comment>
        <translation>%1（ホイールが提供されている最新バージョン）:</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>バックエンド</translation>
    </message>
    <message>
        <source>%1 stops at %2 %3.</source>
        <translation>%1 の %2 は %3 までです。</translation>
    </message>
    <message>
        <source>%1 has no %2 wheels.</source>
        <translation>%1 には %2 のホイールがありません。</translation>
    </message>
    <message>
        <source>No %1 wheels for Python %2 from these backends.</source>
        <translation>これらのバックエンドには Python %2 用の %1 のホイールがありません。</translation>
    </message>
</context>
<context>
    <name>Akari::BackendPicker</name>
    <message>
        <source>PyTorch publishes no CUDA builds for %1.</source>
        <translation>PyTorch は %1 向けの CUDA ビルドを公開していません。</translation>
    </message>
    <message>
        <source>PyTorch publishes no ROCm builds for %1.</source>
        <translation>PyTorch は %1 向けの ROCm ビルドを公開していません。</translation>
    </message>
    <message>
        <source>PyTorch publishes no Intel XPU builds for %1.</source>
        <translation>PyTorch は %1 向けの Intel XPU ビルドを公開していません。</translation>
    </message>
    <message>
        <source>The builds on PyPI, the default index: CUDA builds on Linux, CPU-only builds on Windows, and on macOS builds that use Apple GPUs through MPS.</source>
        <translation>デフォルトインデックスである PyPI のビルドです。Linux では CUDA ビルド、Windows では CPU 専用ビルド、macOS では MPS を通じて Apple の GPU を使うビルドになります。</translation>
    </message>
    <message>
        <source>CUDA</source>
        <comment>heading of the NVIDIA builds</comment>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>ROCm</source>
        <comment>heading of the AMD builds</comment>
        <translation>ROCm</translation>
    </message>
    <message>
        <source>Intel XPU</source>
        <comment>heading of the Intel GPU builds</comment>
        <translation>Intel XPU</translation>
    </message>
    <message>
        <source>Where PyTorch comes from: PyPI&apos;s default builds, or one of PyTorch&apos;s own indexes for CPU, NVIDIA CUDA, AMD ROCm or Intel XPU.</source>
        <translation>PyTorch の取得元: PyPI のデフォルトビルド、または PyTorch 独自の CPU、NVIDIA CUDA、AMD ROCm、Intel XPU 用インデックスのいずれか。</translation>
    </message>
    <message>
        <source>PyPI (default)</source>
        <translation>PyPI（デフォルト）</translation>
    </message>
</context>
<context>
    <name>Akari::CliApplication</name>
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
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run “akari-cli COMMAND --help” for a command&apos;s options. Exit codes: 0 success, 1 the operation failed, 2 bad usage or bad input.</source>
        <translation>各コマンドのオプションは「akari-cli COMMAND --help」で確認できます。終了コード: 0 成功、1 処理の失敗、2 使い方または入力の誤り。</translation>
    </message>
</context>
<context>
    <name>Akari::CliProject</name>
    <message>
        <source>PyPI (pypi)</source>
        <translation>PyPI（pypi）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>PyTorch builds per platform:</source>
        <translation>プラットフォームごとの PyTorch ビルド:</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Variants, chosen at sync time (uv sync --extra NAME):</source>
        <translation>バリアント（同期時に uv sync --extra NAME で選択）:</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>バリアント</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1（グループ）</translation>
    </message>
    <message>
        <source>Packages: %1</source>
        <translation>パッケージ: %1</translation>
    </message>
    <message>
        <source>Kept as written (a plan cannot express them): %1</source>
        <translation>記述どおりに残したパッケージ（構成として表現できないもの）: %1</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  %1 行目: %2</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>No PyTorch package is left for a plan.</source>
        <translation>構成の対象になる PyTorch パッケージは残っていません。</translation>
    </message>
    <message>
        <source>Variants, chosen at sync time (uv sync --extra NAME or --group NAME):</source>
        <translation>バリアント（同期時に uv sync --extra NAME または --group NAME で選択）:</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>コマンド。</translation>
    </message>
    <message>
        <source>The project folder or its pyproject.toml (default: this folder).</source>
        <translation>プロジェクトのフォルダーまたはその pyproject.toml（デフォルト: 現在のフォルダー）。</translation>
    </message>
    <message>
        <source>“%1” takes one project, but got “%2”.</source>
        <translation>「%1」に指定できるプロジェクトは 1 つだけですが、「%2」も指定されました。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Akari::ConfigureCommand</name>
    <message>
        <source>configure Set where a project&apos;s PyTorch packages come from, per platform or as variants.</source>
        <translation>configure プロジェクトの PyTorch パッケージの取得元を、プラットフォームごとまたはバリアントとして設定します。</translation>
    </message>
    <message>
        <source>This machine&apos;s recommendation: %1</source>
        <translation>このマシン向けの推奨: %1</translation>
    </message>
    <message>
        <source>Writes a PyTorch plan into a project&apos;s pyproject.toml as uv&apos;s guide does it, leaving everything else as it is. A backend without a platform applies where PyTorch has wheels for it (CUDA and XPU: Linux and Windows; ROCm: Linux; CPU: everywhere); platforms not named keep PyPI&apos;s builds.</source>
        <translation>uv のガイドと同じ方法で、プロジェクトの pyproject.toml に PyTorch の構成を書き込みます。それ以外の部分は変更しません。プラットフォームを指定しないバックエンドは、PyTorch がそのホイールを提供しているプラットフォームに適用されます（CUDA と XPU: Linux と Windows、ROCm: Linux、CPU: すべて）。指定しなかったプラットフォームでは PyPI のビルドがそのまま使われます。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>A backend (pypi, cpu, cu128, rocm6.4, xpu or auto), or PLATFORM=BACKEND; repeatable.</source>
        <translation>バックエンド（pypi、cpu、cu128、rocm6.4、xpu、auto のいずれか）または PLATFORM=BACKEND。複数回指定できます。</translation>
    </message>
    <message>
        <source>Offer these backends as extras to choose at sync time (uv sync --extra cu128).</source>
        <translation>これらのバックエンドをエクストラとして提供し、同期時に選べるようにします（uv sync --extra cu128）。</translation>
    </message>
    <message>
        <source>The PyTorch packages to cover (default: those the project uses, else torch and torchvision).</source>
        <translation>対象とする PyTorch パッケージ（デフォルト: プロジェクトが使っているもの。なければ torch と torchvision）。</translation>
    </message>
    <message>
        <source>Show the resulting plan without writing.</source>
        <translation>書き込まずに、結果の構成を表示します。</translation>
    </message>
    <message>
        <source>Print the change as a unified diff without writing.</source>
        <translation>書き込まずに、変更内容を unified 形式の差分で出力します。</translation>
    </message>
    <message>
        <source>Give either --backend or --variants.</source>
        <translation>--backend と --variants のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>Give either --dry-run or --diff, not both.</source>
        <translation>--dry-run と --diff は同時に指定できません。どちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>%1 already has this plan; nothing to change.</source>
        <translation>%1 はすでにこの構成になっています。変更はありません。</translation>
    </message>
    <message>
        <source>Dry run: %1 was not changed.</source>
        <translation>ドライラン: %1 は変更されていません。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>The previous version is kept at %1.</source>
        <translation>以前のバージョンは %1 に残してあります。</translation>
    </message>
    <message>
        <source>%1: the sources of torch are kept as written, because a plan cannot express them (see “akari-cli show”). Simplify them by hand, or name the packages to configure with --packages.</source>
        <translation>%1: torch のソースは構成として表現できないため、記述どおりに残しています（「akari-cli show」を参照）。手作業で簡単にするか、--packages で構成するパッケージを指定してください。</translation>
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
    <name>Akari::DetectCommand</name>
    <message>
        <source>PyPI&apos;s default builds (pypi)</source>
        <translation>PyPI のデフォルトビルド（pypi）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>detect    Show this machine&apos;s GPUs, drivers and the PyTorch backend to use.</source>
        <translation>detect    このマシンの GPU とドライバー、使用する PyTorch バックエンドを表示します。</translation>
    </message>
    <message>
        <source>%1 GPU</source>
        <translation>%1 GPU</translation>
    </message>
    <message>
        <source>compute capability %1</source>
        <translation>Compute Capability %1</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>内蔵</translation>
    </message>
    <message>
        <source>discrete</source>
        <translation>ディスクリート</translation>
    </message>
    <message>
        <source>hidden by CUDA_VISIBLE_DEVICES</source>
        <translation>CUDA_VISIBLE_DEVICES により非表示</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>Operating system: %1</source>
        <translation>オペレーティングシステム: %1</translation>
    </message>
    <message>
        <source>Architecture: %1</source>
        <translation>アーキテクチャ: %1</translation>
    </message>
    <message>
        <source>C library: glibc %1</source>
        <translation>C ライブラリ: glibc %1</translation>
    </message>
    <message>
        <source>C library: musl</source>
        <translation>C ライブラリ: musl</translation>
    </message>
    <message>
        <source>Running under WSL 2</source>
        <translation>WSL 2 上で実行中</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>No GPU found.</source>
        <translation>GPU が見つかりません。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>NVIDIA driver %1, supports CUDA up to %2 (estimated from the driver version)</source>
        <translation>NVIDIA ドライバー %1、CUDA %2 まで対応（ドライバーバージョンからの推定）</translation>
    </message>
    <message>
        <source>NVIDIA driver %1, supports CUDA up to %2</source>
        <translation>NVIDIA ドライバー %1、CUDA %2 まで対応</translation>
    </message>
    <message>
        <source>ROCm %1 installed</source>
        <translation>ROCm %1 がインストールされています</translation>
    </message>
    <message>
        <source>Recommendation for %1: %2</source>
        <translation>%1 向けの推奨: %2</translation>
    </message>
    <message>
        <source>uv would stop with a detection error.</source>
        <translation>uv は検出エラーで停止します。</translation>
    </message>
    <message>
        <source>uv&apos;s auto would try: %1</source>
        <translation>uv の auto が試すインデックス: %1</translation>
    </message>
    <message>
        <source>Probes that could not finish</source>
        <translation>完了できなかった検出処理</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Shows this machine&apos;s GPUs and drivers, and the PyTorch backend to use: the indexes uv&apos;s --torch-backend=auto would try, and why.</source>
        <translation>このマシンの GPU とドライバー、および使用する PyTorch バックエンド（uv の --torch-backend=auto が試すインデックスとその理由）を表示します。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>テキストの代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>Recommend for this operating system (default: this machine&apos;s).</source>
        <translation>指定したオペレーティングシステム向けに推奨します（デフォルト: このマシンの OS）。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>コマンド。</translation>
    </message>
    <message>
        <source>“detect” takes no arguments, but got “%1”.</source>
        <translation>「detect」は引数を取りませんが、「%1」が指定されました。</translation>
    </message>
    <message>
        <source>Unknown platform “%1”: use linux, windows or macos.</source>
        <translation>不明なプラットフォーム「%1」です。linux、windows、macos のいずれかを指定してください。</translation>
    </message>
</context>
<context>
    <name>Akari::EntryPointLauncher</name>
    <message>
        <source>The entry point name &quot;%1&quot; is not a valid script file name.</source>
        <translation>エントリーポイント名「%1」はスクリプトのファイル名として正しくありません。</translation>
    </message>
    <message>
        <source>The entry point &quot;%1&quot; does not name a module and an object (module:object): &quot;%2:%3&quot;.</source>
        <translation>エントリーポイント「%1」がモジュールとオブジェクト（module:object）を指定していません: 「%2:%3」。</translation>
    </message>
</context>
<context>
    <name>Akari::EnvironmentLayout</name>
    <message>
        <source>The environment folder “%1” does not exist.</source>
        <translation>環境フォルダー「%1」が存在しません。</translation>
    </message>
    <message>
        <source>Cannot tell which Python the environment “%1” is for: its pyvenv.cfg names no version and it has no single lib/pythonX.Y folder.</source>
        <translation>環境「%1」がどの Python 用か判別できません: pyvenv.cfg にバージョンが記載されておらず、lib/pythonX.Y フォルダーも 1 つに特定できません。</translation>
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
    <message>
        <source>Packages</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>The packages installed in the environment</source>
        <translation>環境にインストールされているパッケージ</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Install what the project needs into the environment, like uv sync</source>
        <translation>プロジェクトに必要なものを、uv sync と同様に環境へインストールします</translation>
    </message>
</context>
<context>
    <name>Akari::EnvironmentTransaction</name>
    <message>
        <source>The environment “%1” cannot be used: %2</source>
        <translation>環境「%1」は使用できません: %2</translation>
    </message>
    <message>
        <source>The environment “%1” was made for Python %2, not Python %3.</source>
        <translation>環境「%1」は Python %3 ではなく Python %2 用に作成されています。</translation>
    </message>
    <message>
        <source>The Python that the environment “%1” was made from is gone (%2).</source>
        <translation>環境「%1」の作成元の Python が見つかりません（%2）。</translation>
    </message>
    <message>
        <source>The environment “%1” has no working Python (%2).</source>
        <translation>環境「%1」には動作する Python がありません（%2）。</translation>
    </message>
    <message>
        <source>“%1” cannot hold an environment: its folder does not exist.</source>
        <translation>「%1」に環境を作成できません: 格納先のフォルダーが存在しません。</translation>
    </message>
    <message>
        <source>“%1” exists and is not a folder, so it cannot be an environment.</source>
        <translation>「%1」はすでに存在し、フォルダーではないため、環境として使用できません。</translation>
    </message>
    <message>
        <source>“%1” is not a virtual environment (it has no pyvenv.cfg) and is not empty; Akari will not replace it. Move it away or delete it.</source>
        <translation>「%1」は仮想環境ではなく（pyvenv.cfg がありません）、空でもないため、Akari はこれを置き換えません。別の場所に移動するか削除してください。</translation>
    </message>
    <message>
        <source>Cannot create a staging folder for the environment in “%1”.</source>
        <translation>「%1」に環境のステージングフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>There is no staged change of the environment “%1” to apply.</source>
        <translation>環境「%1」に適用するステージング済みの変更がありません。</translation>
    </message>
    <message>
        <source>Cannot find a free name beside “%1”.</source>
        <translation>「%1」と同じ場所に、使用されていない名前が見つかりません。</translation>
    </message>
</context>
<context>
    <name>Akari::EnvironmentVerifier</name>
    <message>
        <source>Could not run the environment&apos;s Python “%1”: %2</source>
        <translation>環境の Python「%1」を実行できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>The environment&apos;s Python “%1” did not finish importing within %n second(s).</source>
        <translation>
            <numerusform>環境の Python「%1」のインポートが %n 秒以内に完了しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The environment&apos;s Python “%1” failed (exit code %2): %3</source>
        <translation>環境の Python「%1」が失敗しました（終了コード %2）: %3</translation>
    </message>
    <message>
        <source>The environment&apos;s Python “%1” did not report on the imports: %2</source>
        <translation>環境の Python「%1」からインポートの結果が報告されませんでした: %2</translation>
    </message>
    <message>
        <source>The environment&apos;s Python “%1” gave an answer Akari cannot read: %2</source>
        <translation>環境の Python「%1」の応答を Akari が読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>The environment&apos;s Python “%1” gave an incomplete answer.</source>
        <translation>環境の Python「%1」の応答が不完全でした。</translation>
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
    <name>Akari::FileLinker</name>
    <message>
        <source>The wheel cache is on another filesystem than the environment; files are copied, which is slower and uses more space.</source>
        <translation>ホイールキャッシュが環境とは別のファイルシステムにあるため、ファイルをコピーします。時間がかかり、より多くのディスク容量を使用します。</translation>
    </message>
    <message>
        <source>Cannot put %1 at %2: the file already exists.</source>
        <translation>%1 を %2 に配置できません: ファイルがすでに存在します。</translation>
    </message>
    <message>
        <source>Cannot link %1 to %2: %3</source>
        <translation>%1 を %2 にリンクできません: %3</translation>
    </message>
    <message>
        <source>Cannot clone %1 to %2: %3</source>
        <translation>%1 を %2 にクローンできません: %3</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>%1 を %2 にコピーできません: %3</translation>
    </message>
</context>
<context>
    <name>Akari::GpuTableModel</name>
    <message>
        <source>Unknown model</source>
        <translation>不明なモデル</translation>
    </message>
    <message>
        <source>Unknown model (device %1)</source>
        <comment>PCI device id</comment>
        <translation>不明なモデル（デバイス %1）</translation>
    </message>
    <message>
        <source>Shared</source>
        <comment>GPU memory shared with the processor</comment>
        <translation>共有</translation>
    </message>
    <message>
        <source>Integrated</source>
        <comment>GPU type</comment>
        <translation>内蔵</translation>
    </message>
    <message>
        <source>Discrete</source>
        <comment>GPU type</comment>
        <translation>ディスクリート</translation>
    </message>
    <message>
        <source>Hidden</source>
        <comment>GPU status: hidden by CUDA_VISIBLE_DEVICES</comment>
        <translation>非表示</translation>
    </message>
    <message>
        <source>No driver</source>
        <comment>GPU status</comment>
        <translation>ドライバーなし</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <comment>GPU memory</comment>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>An integrated GPU uses the computer’s main memory.</source>
        <translation>内蔵 GPU はコンピューターのメインメモリを使います。</translation>
    </message>
    <message>
        <source>Compute capability %1: the GPU generation that PyTorch’s CUDA builds must include.</source>
        <translation>Compute Capability %1: PyTorch の CUDA ビルドが対応している必要がある GPU の世代です。</translation>
    </message>
    <message>
        <source>GPU architecture %1: the name ROCm builds are made for.</source>
        <translation>GPU アーキテクチャ %1: ROCm ビルドの対象として使われる名前です。</translation>
    </message>
    <message>
        <source>CUDA_VISIBLE_DEVICES=%1 hides this GPU: CUDA programs, PyTorch included, will not see it.</source>
        <translation>CUDA_VISIBLE_DEVICES=%1 により、この GPU は非表示になっています。PyTorch を含む CUDA プログラムからは見えません。</translation>
    </message>
    <message>
        <source>CUDA_VISIBLE_DEVICES hides this GPU: CUDA programs, PyTorch included, will not see it.</source>
        <translation>CUDA_VISIBLE_DEVICES により、この GPU は非表示になっています。PyTorch を含む CUDA プログラムからは見えません。</translation>
    </message>
    <message>
        <source>The card is on the PCI bus, but no NVIDIA driver answered for it.</source>
        <translation>このカードは PCI バス上にありますが、応答する NVIDIA ドライバーがありませんでした。</translation>
    </message>
    <message>
        <source>NVIDIA: compute capability. AMD: GPU architecture (gfx).</source>
        <translation>NVIDIA: Compute Capability。AMD: GPU アーキテクチャ（gfx）。</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>ドライバー</translation>
    </message>
    <message>
        <source>PCI bus</source>
        <translation>PCI バス</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
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
    <name>Akari::HardwareDetector</name>
    <message>
        <source>Unexpected failure.</source>
        <translation>予期しないエラーが発生しました。</translation>
    </message>
    <message>
        <source>Failed to parse environment variable %1 with invalid value &quot;%2&quot;: %3</source>
        <translation>環境変数 %1 を解析できませんでした。値 &quot;%2&quot; が正しくありません: %3</translation>
    </message>
    <message>
        <source>Failed to parse environment variable %1 with invalid value &quot;%2&quot;: Unknown AMD GPU architecture: %2</source>
        <translation>環境変数 %1 を解析できませんでした。値 &quot;%2&quot; が正しくありません: 不明な AMD GPU アーキテクチャ: %2</translation>
    </message>
    <message>
        <source>Detecting the hardware</source>
        <translation>ハードウェアの検出</translation>
    </message>
    <message>
        <source>Detecting GPUs and drivers</source>
        <translation>GPU とドライバーを検出中</translation>
    </message>
</context>
<context>
    <name>Akari::HardwarePage</name>
    <message>
        <source>Hardware</source>
        <translation>ハードウェア</translation>
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
        <source>The GPUs, drivers and system that PyTorch builds depend on, and the build that suits this machine.</source>
        <translation>PyTorch ビルドが依存する GPU、ドライバー、システムと、このマシンに適したビルド。</translation>
    </message>
    <message>
        <source>musl</source>
        <comment>C library</comment>
        <translation>musl</translation>
    </message>
    <message>
        <source>glibc %1</source>
        <comment>C library and its version</comment>
        <translation>glibc %1</translation>
    </message>
    <message>
        <source>Linux inside Windows (WSL 2)</source>
        <translation>Windows 上の Linux（WSL 2）</translation>
    </message>
    <message>
        <source>An error, so uv stops: %1</source>
        <translation>エラーのため uv は停止します: %1</translation>
    </message>
    <message>
        <source>No GPU (uv uses the CPU builds)</source>
        <translation>GPU なし（uv は CPU ビルドを使用）</translation>
    </message>
    <message>
        <source>NVIDIA driver %1, from %2</source>
        <comment>driver version, where uv read it</comment>
        <translation>NVIDIA ドライバー %1（%2 から取得）</translation>
    </message>
    <message>
        <source>AMD GPU %1, from %2</source>
        <comment>gfx architecture, where uv read it</comment>
        <translation>AMD GPU %1（%2 から取得）</translation>
    </message>
    <message>
        <source>Intel GPU, from %1</source>
        <comment>where uv found it</comment>
        <translation>Intel GPU（%1 で検出）</translation>
    </message>
    <message>
        <source>CUDA %1 (estimated from the driver version)</source>
        <translation>CUDA %1（ドライバーバージョンからの推定）</translation>
    </message>
    <message>
        <source>CUDA %1</source>
        <translation>CUDA %1</translation>
    </message>
    <message>
        <source>(empty: CUDA sees no GPU)</source>
        <comment>CUDA_VISIBLE_DEVICES value</comment>
        <translation>（空: CUDA から GPU は見えません）</translation>
    </message>
    <message>
        <source>Looking for GPUs…</source>
        <translation>GPU を探しています…</translation>
    </message>
    <message>
        <source>The GPUs have not been detected yet.</source>
        <translation>GPU はまだ検出されていません。</translation>
    </message>
    <message>
        <source>No GPU found: PyTorch’s CPU builds are what this machine can use.</source>
        <translation>GPU が見つかりません。このマシンで使えるのは PyTorch の CPU ビルドです。</translation>
    </message>
    <message>
        <source>No GPU found, but uv’s detection answers through %1; the recommendation follows uv.</source>
        <translation>GPU は見つかりませんが、uv の検出は %1 に基づいて結果を返すため、推奨は uv に従います。</translation>
    </message>
    <message>
        <source>No recommendation: detection did not finish.</source>
        <translation>推奨はありません: 検出が完了しませんでした。</translation>
    </message>
    <message>
        <source>Detecting GPUs and drivers…</source>
        <translation>GPU とドライバーを検出しています…</translation>
    </message>
    <message>
        <source>Detecting GPUs and drivers: %1</source>
        <comment>phase</comment>
        <translation>GPU とドライバーを検出しています: %1</translation>
    </message>
    <message>
        <source>Detected at %1.</source>
        <comment>time</comment>
        <translation>%1 に検出しました。</translation>
    </message>
    <message>
        <source>Detection failed; the previous result is still shown.</source>
        <translation>検出に失敗しました。前回の結果を表示しています。</translation>
    </message>
    <message>
        <source>Detection failed.</source>
        <translation>検出に失敗しました。</translation>
    </message>
    <message>
        <source>Detection was cancelled; the previous result is still shown.</source>
        <translation>検出はキャンセルされました。前回の結果を表示しています。</translation>
    </message>
    <message>
        <source>Detection was cancelled.</source>
        <translation>検出はキャンセルされました。</translation>
    </message>
    <message>
        <source>Graphics processors</source>
        <translation>グラフィックスプロセッサ</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>このマシン</translation>
    </message>
    <message>
        <source>Subsystem:</source>
        <translation>サブシステム:</translation>
    </message>
    <message>
        <source>uv detects:</source>
        <translation>uv の検出結果:</translation>
    </message>
    <message>
        <source>NVIDIA driver:</source>
        <translation>NVIDIA ドライバー:</translation>
    </message>
    <message>
        <source>Newest CUDA:</source>
        <translation>対応する最新の CUDA:</translation>
    </message>
    <message>
        <source>ROCm:</source>
        <translation>ROCm:</translation>
    </message>
    <message>
        <source>CUDA_VISIBLE_DEVICES:</source>
        <translation>CUDA_VISIBLE_DEVICES:</translation>
    </message>
    <message>
        <source>Notes from detection (the other checks carried on):</source>
        <translation>検出時の注意（ほかのチェックは続行しました）:</translation>
    </message>
    <message>
        <source>Details that could not be read</source>
        <translation>読み取れなかった詳細</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Detect the GPUs, drivers and machine again</source>
        <translation>GPU、ドライバー、マシンをもう一度検出します</translation>
    </message>
    <message>
        <source>Refresh hardware detection</source>
        <translation>ハードウェアの検出を更新</translation>
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
    <name>Akari::HttpCache</name>
    <message>
        <source>Cannot create the HTTP cache folder.</source>
        <translation>HTTP キャッシュのフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>Cannot write to the HTTP cache: %1</source>
        <translation>HTTP キャッシュに書き込めません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cannot remove %n HTTP cache file(s).</source>
        <translation>
            <numerusform>HTTP キャッシュのファイル %n 個を削除できません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::HttpClient</name>
    <message>
        <source>%1 is not in the cache and Akari is offline.</source>
        <translation>%1 はキャッシュになく、Akari はオフラインです。</translation>
    </message>
    <message>
        <source>HttpClient::fetch() was called on the network thread.</source>
        <translation>HttpClient::fetch() がネットワークスレッド上で呼び出されました。</translation>
    </message>
</context>
<context>
    <name>Akari::HttpClientWorker</name>
    <message>
        <source>No data arrived from %1 for %2 s: the request timed out.</source>
        <translation>%1 から %2 秒間データが届かなかったため、リクエストがタイムアウトしました。</translation>
    </message>
    <message>
        <source>The download of %1 was cut off after %2 of %3 bytes.</source>
        <translation>%1 のダウンロードが %3 バイト中 %2 バイトで途切れました。</translation>
    </message>
    <message>
        <source>The download of %1 was cut off after %2 bytes.</source>
        <translation>%1 のダウンロードが %2 バイトで途切れました。</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused.</source>
        <translation>%1 に接続できませんでした: 接続が拒否されました。</translation>
    </message>
    <message>
        <source>The server of %1 closed the connection before answering.</source>
        <translation>%1 のサーバーが応答する前に接続を閉じました。</translation>
    </message>
    <message>
        <source>Could not download %1: the host was not found.</source>
        <translation>%1 をダウンロードできませんでした: ホストが見つかりません。</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>%1 をダウンロードできませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 redirected more than %n time(s).</source>
        <translation>
            <numerusform>%1 のリダイレクトが %n 回を超えました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redirected to an address that is not HTTP: %2</source>
        <translation>%1 が HTTP ではないアドレスにリダイレクトしました: %2</translation>
    </message>
    <message>
        <source>The download of %1 was stopped: its data could not be stored.</source>
        <translation>%1 のダウンロードを中止しました: データを保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>Akari::IndexCandidateProvider</name>
    <message>
        <source>No wheel of %1 %2 was listed, so its metadata cannot be read.</source>
        <translation>%1 %2 のホイールが一覧にないため、メタデータを読み込めません。</translation>
    </message>
    <message>
        <source>The metadata of %1 lists a dependency that is not valid, “%2”: %3</source>
        <translation>%1 のメタデータに正しくない依存関係「%2」が含まれています: %3</translation>
    </message>
</context>
<context>
    <name>Akari::IndexConfiguration</name>
    <message>
        <source>%1 names an index “%2”, but index names may hold only ASCII letters, digits, “-”, “_” and “.”.</source>
        <translation>%1 でインデックス「%2」が指定されていますが、インデックス名に使えるのは ASCII の英字、数字、「-」、「_」、「.」だけです。</translation>
    </message>
    <message>
        <source>%1 holds “%2”, which is neither an http(s) or file URL nor a path.</source>
        <translation>%1 の値「%2」は、http(s) や file の URL でもパスでもありません。</translation>
    </message>
    <message>
        <source>[tool.uv] must be a table.</source>
        <translation>[tool.uv] はテーブルでなければなりません。</translation>
    </message>
    <message>
        <source>“index-strategy” must be “first-index”, “unsafe-first-match” or “unsafe-best-match”.</source>
        <translation>「index-strategy」は「first-index」、「unsafe-first-match」、「unsafe-best-match」のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>“%1” must be a string holding a URL or a path.</source>
        <translation>「%1」は URL またはパスを表す文字列でなければなりません。</translation>
    </message>
    <message>
        <source>“%1” is “%2”, which is neither an http(s) or file URL nor a path.</source>
        <translation>「%1」の値「%2」は、http(s) や file の URL でもパスでもありません。</translation>
    </message>
    <message>
        <source>“%1” of an index must be true or false.</source>
        <translation>インデックスの「%1」は true か false でなければなりません。</translation>
    </message>
    <message>
        <source>[[tool.uv.index]] must be a list of tables.</source>
        <translation>[[tool.uv.index]] はテーブルのリストでなければなりません。</translation>
    </message>
    <message>
        <source>An entry of [[tool.uv.index]] must be a table.</source>
        <translation>[[tool.uv.index]] の各エントリはテーブルでなければなりません。</translation>
    </message>
    <message>
        <source>The index name must be a string of ASCII letters, digits, “-”, “_” and “.”.</source>
        <translation>インデックス名は、ASCII の英字、数字、「-」、「_」、「.」からなる文字列でなければなりません。</translation>
    </message>
    <message>
        <source>This [[tool.uv.index]] entry has no “url”.</source>
        <translation>この [[tool.uv.index]] エントリには「url」がありません。</translation>
    </message>
    <message>
        <source>“format” must be “simple” or “flat”.</source>
        <translation>「format」は「simple」か「flat」でなければなりません。</translation>
    </message>
    <message>
        <source>“authenticate” must be “auto”, “always” or “never”.</source>
        <translation>「authenticate」は「auto」、「always」、「never」のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>“ignore-error-codes” must be a list of HTTP status codes.</source>
        <translation>「ignore-error-codes」は HTTP ステータスコードのリストでなければなりません。</translation>
    </message>
    <message>
        <source>An HTTP status code must be a whole number from 100 to 599.</source>
        <translation>HTTP ステータスコードは 100 から 599 までの整数でなければなりません。</translation>
    </message>
    <message>
        <source>“cache-control” must be a table with “api” and “files”.</source>
        <translation>「cache-control」は「api」と「files」を持つテーブルでなければなりません。</translation>
    </message>
    <message>
        <source>“cache-control.%1” must be a Cache-Control header string.</source>
        <translation>「cache-control.%1」は Cache-Control ヘッダーの文字列でなければなりません。</translation>
    </message>
    <message>
        <source>“extra-index-url” must be a list of URLs.</source>
        <translation>「extra-index-url」は URL のリストでなければなりません。</translation>
    </message>
    <message>
        <source>[tool.uv.sources] must be a table.</source>
        <translation>[tool.uv.sources] はテーブルでなければなりません。</translation>
    </message>
    <message>
        <source>“%1” in [tool.uv.sources] is not a valid package name.</source>
        <translation>[tool.uv.sources] の「%1」は正しいパッケージ名ではありません。</translation>
    </message>
    <message>
        <source>The list of sources of “%1” is empty; give at least one source.</source>
        <translation>「%1」のソースのリストが空です。ソースを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>[tool.uv.sources] lists “%1” more than once.</source>
        <translation>[tool.uv.sources] に「%1」が複数回記載されています。</translation>
    </message>
    <message>
        <source>A source of “%1” must be a table.</source>
        <translation>「%1」のソースはテーブルでなければなりません。</translation>
    </message>
    <message>
        <source>A source of “%1” has none of “index”, “git”, “url”, “path” or “workspace”.</source>
        <translation>「%1」のソースに「index」、「git」、「url」、「path」、「workspace」のいずれも指定されていません。</translation>
    </message>
    <message>
        <source>A source of “%1” has both “%2” and “%3”; a source is one kind.</source>
        <translation>「%1」のソースに「%2」と「%3」の両方が指定されています。1 つのソースに指定できる種類は 1 つだけです。</translation>
    </message>
    <message>
        <source>The index of a source of “%1” must be the name of a [[tool.uv.index]].</source>
        <translation>「%1」のソースのインデックスは、[[tool.uv.index]] の名前でなければなりません。</translation>
    </message>
    <message>
        <source>A source of “%1” names the index “%2”, but no [[tool.uv.index]] in this file is named “%2”.</source>
        <translation>「%1」のソースはインデックス「%2」を指定していますが、このファイルには「%2」という名前の [[tool.uv.index]] がありません。</translation>
    </message>
    <message>
        <source>The marker of a source of “%1” must be a string.</source>
        <translation>「%1」のソースのマーカーは文字列でなければなりません。</translation>
    </message>
    <message>
        <source>The marker of a source of “%1” is not valid: %2</source>
        <translation>「%1」のソースのマーカーが正しくありません: %2</translation>
    </message>
    <message>
        <source>The “%1” of a source of “%2” must be a valid name.</source>
        <translation>「%2」のソースの「%1」は正しい名前でなければなりません。</translation>
    </message>
    <message>
        <source>UV_INDEX_STRATEGY is “%1”; it must be “first-index”, “unsafe-first-match” or “unsafe-best-match”.</source>
        <translation>UV_INDEX_STRATEGY の値「%1」が正しくありません。「first-index」、「unsafe-first-match」、「unsafe-best-match」のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>A source of “%1” names the index “%2”, which is not defined.</source>
        <translation>「%1」のソースが指定しているインデックス「%2」は定義されていません。</translation>
    </message>
    <message>
        <source>“%1” comes from a “%2” source in [tool.uv.sources]; Akari cannot resolve such sources yet.</source>
        <translation>「%1」は [tool.uv.sources] の「%2」ソースから取得されます。Akari はまだこの種類のソースを解決できません。</translation>
    </message>
</context>
<context>
    <name>Akari::InstalledDistribution</name>
    <message>
        <source>Cannot read the metadata of the installed distribution in %1: %2</source>
        <translation>%1 にあるインストール済みディストリビューションのメタデータを読み取れません: %2</translation>
    </message>
    <message>
        <source>The installed distribution in %1 has an invalid version: %2</source>
        <translation>%1 にあるインストール済みディストリビューションのバージョンが正しくありません: %2</translation>
    </message>
</context>
<context>
    <name>Akari::IntelProbe</name>
    <message>
        <source>Intel graphics (device %1)</source>
        <translation>Intel グラフィックス（デバイス %1）</translation>
    </message>
</context>
<context>
    <name>Akari::InterpreterDiscovery</name>
    <message>
        <source>Finding Python interpreters</source>
        <translation>Python インタープリターの検索</translation>
    </message>
    <message>
        <source>The folder “%1” holds no Python interpreter (looked for bin/python3, bin/python and Scripts/python.exe).</source>
        <translation>フォルダー「%1」に Python インタープリターがありません（bin/python3、bin/python、Scripts/python.exe を探しました）。</translation>
    </message>
    <message>
        <source>“%1” is neither a path to a Python interpreter nor a Python version such as 3.12.</source>
        <translation>「%1」は Python インタープリターのパスでも、3.12 のような Python バージョンでもありません。</translation>
    </message>
    <message>
        <source>No Python interpreter was found on PATH or in the usual places.</source>
        <translation>PATH 上にも通常の場所にも Python インタープリターが見つかりませんでした。</translation>
    </message>
    <message>
        <source>No usable Python interpreter was found: %1</source>
        <translation>使用できる Python インタープリターが見つかりませんでした: %1</translation>
    </message>
    <message>
        <source>No Python interpreter matches “%1”, and none was found at all.</source>
        <translation>「%1」に一致する Python インタープリターはなく、ほかの Python インタープリターも見つかりませんでした。</translation>
    </message>
    <message>
        <source>No Python interpreter matches “%1”. Found: %2.</source>
        <translation>「%1」に一致する Python インタープリターはありません。見つかったもの: %2。</translation>
    </message>
</context>
<context>
    <name>Akari::InterpreterQueryCache</name>
    <message>
        <source>Could not run the Python interpreter “%1”: %2</source>
        <translation>Python インタープリター「%1」を実行できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>The Python interpreter “%1” did not answer within %n seconds.</source>
        <translation>
            <numerusform>Python インタープリター「%1」が %n 秒以内に応答しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The Python interpreter “%1” failed to describe itself (exit code %2): %3</source>
        <translation>Python インタープリター「%1」から自身の情報を取得できませんでした（終了コード %2）: %3</translation>
    </message>
    <message>
        <source>The Python interpreter “%1” gave an answer Akari cannot read: %2</source>
        <translation>Python インタープリター「%1」の応答を Akari が読み取れませんでした: %2</translation>
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
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Saved %1; the previous version is kept at %2.</source>
        <translation>%1 を保存しました。以前のバージョンは %2 に残してあります。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open Project Folder…</source>
        <translation>プロジェクトフォルダーを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project folder (a new pyproject.toml is made when it has none)</source>
        <translation>プロジェクトフォルダーを開きます（pyproject.toml がない場合は新しく作成します）</translation>
    </message>
    <message>
        <source>Open pyproject.&amp;toml…</source>
        <translation>pyproject.toml を開く(&amp;T)…</translation>
    </message>
    <message>
        <source>Open a project by its pyproject.toml</source>
        <translation>pyproject.toml を指定してプロジェクトを開きます</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す(&amp;U): %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>やり直す(&amp;R): %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>“%1” was chosen on the Hardware page. Open a project: Akari fills it in there.</source>
        <translation>ハードウェアページで「%1」が選択されました。プロジェクトを開くと、Akari がそのプロジェクトに反映します。</translation>
    </message>
    <message>
        <source>“%1” was chosen on the Hardware page and filled in below. Check the change, then save.</source>
        <translation>ハードウェアページで選択された「%1」を下に反映しました。変更内容を確認してから保存してください。</translation>
    </message>
    <message>
        <source>Open pyproject.toml</source>
        <translation>pyproject.toml を開く</translation>
    </message>
    <message>
        <source>Python project files (pyproject.toml)</source>
        <translation>Python プロジェクトファイル (pyproject.toml)</translation>
    </message>
    <message>
        <source>%1 — Akari</source>
        <comment>project name — application</comment>
        <translation>%1 — Akari</translation>
    </message>
    <message>
        <source>Nothing was saved: the setup cannot be written as it is. Change it, or choose not to save.</source>
        <translation>保存していません。今の構成のままでは書き込めません。構成を変えるか、保存しないを選んでください。</translation>
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
    <name>Akari::NetrcFile</name>
    <message>
        <source>The netrc keyword “%1” on line %2 has no value.</source>
        <translation>%2 行目の netrc キーワード「%1」に値がありません。</translation>
    </message>
    <message>
        <source>Cannot read the netrc file: %1</source>
        <translation>netrc ファイルを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>Akari::NvidiaAdvice</name>
    <message>
        <source>This is Linux under WSL 2: the NVIDIA driver (%1) is the Windows one. Install or update it in Windows, not inside Linux.</source>
        <translation>これは WSL 2 上の Linux です。NVIDIA ドライバー（%1）は Windows 側のものです。インストールや更新は Linux 内ではなく Windows で行ってください。</translation>
    </message>
    <message>
        <source>uv does not see the NVIDIA GPU under WSL 2: nvidia-smi is only in /usr/lib/wsl/lib, which is not on PATH, so uv uses CPU builds. The Windows NVIDIA driver (%1) is too old for any CUDA build; update it in Windows.</source>
        <translation>WSL 2 上では uv から NVIDIA GPU が見えません。nvidia-smi は PATH に含まれていない /usr/lib/wsl/lib にしかないため、uv は CPU ビルドを使います。Windows の NVIDIA ドライバー（%1）はどの CUDA ビルドにも古すぎるため、Windows で更新してください。</translation>
    </message>
    <message>
        <source>uv does not see the NVIDIA GPU under WSL 2: nvidia-smi is only in /usr/lib/wsl/lib, which is not on PATH, so uv&apos;s list is CPU builds only. The Windows NVIDIA driver (%1) allows %2, which Akari recommends. For uv to choose it too, add /usr/lib/wsl/lib to PATH or set UV_CUDA_DRIVER_VERSION=%1.</source>
        <translation>WSL 2 上では uv から NVIDIA GPU が見えません。nvidia-smi は PATH に含まれていない /usr/lib/wsl/lib にしかないため、uv の一覧は CPU ビルドだけになります。Windows の NVIDIA ドライバー（%1）では %2 を使えるため、Akari はこれを推奨します。uv にも同じビルドを選ばせるには、/usr/lib/wsl/lib を PATH に追加するか、UV_CUDA_DRIVER_VERSION=%1 を設定してください。</translation>
    </message>
    <message>
        <source>PyTorch&apos;s %1 builds, the newest this driver allows, have no kernels for %2: they start at %3, and uv looks only at the driver. Akari recommends %4, the newest build this driver allows that runs on every visible NVIDIA GPU.</source>
        <translation>このドライバーで使える最新の PyTorch ビルドである %1 には、%2 用のカーネルがありません（対応は %3 以降）。しかし uv はドライバーしか確認しません。Akari は、このドライバーで使えて、見えているすべての NVIDIA GPU で動作する最新のビルドである %4 を推奨します。</translation>
    </message>
    <message>
        <source>None of the CUDA builds this driver allows that Akari has data for (%1) has kernels for %2, so Akari recommends CPU builds. Older PyTorch releases may still support this GPU.</source>
        <translation>このドライバーで使える CUDA ビルドのうち、Akari がデータを持つもの（%1）には、どれにも %2 用のカーネルがないため、Akari は CPU ビルドを推奨します。古い PyTorch リリースであれば、この GPU に対応している可能性があります。</translation>
    </message>
    <message>
        <source>Update the NVIDIA driver to %1 or newer to get the CUDA 13 builds (%2): driver %3 is too old for them, and new PyTorch releases are built for CUDA 13 first.</source>
        <translation>CUDA 13 ビルド（%2）を使うには、NVIDIA ドライバーを %1 以降に更新してください。ドライバー %3 ではこれらのビルドには古すぎます。新しい PyTorch リリースはまず CUDA 13 向けにビルドされます。</translation>
    </message>
    <message>
        <source>This machine has an Intel GPU (%1) beside the NVIDIA GPU. uv checks for NVIDIA first, so it chooses CUDA builds: they run on the NVIDIA GPU only, and PyTorch does not use the Intel GPU.</source>
        <translation>このマシンには NVIDIA GPU のほかに Intel GPU（%1）があります。uv は NVIDIA を最初に確認するため、CUDA ビルドを選びます。CUDA ビルドは NVIDIA GPU でのみ動作し、PyTorch は Intel GPU を使いません。</translation>
    </message>
    <message>
        <source>CUDA_VISIBLE_DEVICES=&quot;%1&quot; hides every NVIDIA GPU, so PyTorch will not see any. uv does not look at this variable and still chooses builds by the driver.</source>
        <translation>CUDA_VISIBLE_DEVICES=&quot;%1&quot; によりすべての NVIDIA GPU が非表示になるため、PyTorch からはどの GPU も見えません。uv はこの変数を参照せず、これまでどおりドライバーに基づいてビルドを選びます。</translation>
    </message>
    <message numerus="yes">
        <source>CUDA_VISIBLE_DEVICES=&quot;%1&quot; hides %n of the NVIDIA GPUs; PyTorch will use only the others, and Akari checks only those against the builds.</source>
        <translation>
            <numerusform>CUDA_VISIBLE_DEVICES=&quot;%1&quot; により NVIDIA GPU のうち %n 個が非表示になります。PyTorch は残りの GPU だけを使うため、Akari もそれらの GPU だけをビルドと照合します。</numerusform>
        </translation>
    </message>
    <message>
        <source>An NVIDIA GPU (%1) is present, but no NVIDIA driver was found, so uv chooses %2 builds. Install NVIDIA&apos;s driver (%3 or newer gets the newest CUDA builds); if a driver is installed where uv cannot see it, set UV_CUDA_DRIVER_VERSION to its version.</source>
        <translation>NVIDIA GPU（%1）がありますが、NVIDIA ドライバーが見つからないため、uv は %2 ビルドを選びます。NVIDIA のドライバーをインストールしてください（%3 以降なら最新の CUDA ビルドを使えます）。uv から見えない場所にドライバーがインストールされている場合は、UV_CUDA_DRIVER_VERSION にそのバージョンを設定してください。</translation>
    </message>
</context>
<context>
    <name>Akari::NvidiaProbe</name>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 は UTF-8 のテキストではありません。</translation>
    </message>
    <message>
        <source>%1 does not hold a driver version: %2</source>
        <translation>%1 にドライバーバージョンが含まれていません: %2</translation>
    </message>
    <message>
        <source>%1 does not hold a driver version where expected: %2</source>
        <translation>%1 の想定された位置にドライバーバージョンがありません: %2</translation>
    </message>
    <message>
        <source>%1 printed text that is not UTF-8.</source>
        <translation>%1 が UTF-8 ではないテキストを出力しました。</translation>
    </message>
    <message>
        <source>%1 printed &quot;%2&quot; where a driver version was expected: %3</source>
        <translation>%1 はドライバーバージョンがあるべき位置に &quot;%2&quot; を出力しました: %3</translation>
    </message>
    <message>
        <source>NVIDIA GPU (device %1)</source>
        <translation>NVIDIA GPU（デバイス %1）</translation>
    </message>
</context>
<context>
    <name>Akari::NvidiaSmiOutput</name>
    <message>
        <source>nvidia-smi printed nothing.</source>
        <translation>nvidia-smi は何も出力しませんでした。</translation>
    </message>
    <message>
        <source>nvidia-smi did not print the expected table; it said: %1</source>
        <translation>nvidia-smi が想定された表を出力しませんでした。出力内容: %1</translation>
    </message>
</context>
<context>
    <name>Akari::NvmlLibrary</name>
    <message>
        <source>%1 lacks the functions Akari needs; the NVIDIA driver is probably very old.</source>
        <translation>%1 には Akari が必要とする関数がありません。NVIDIA ドライバーがかなり古い可能性があります。</translation>
    </message>
    <message>
        <source>The NVIDIA management library is not installed (looked for %1).</source>
        <translation>NVIDIA 管理ライブラリ（NVML）がインストールされていません（%1 を探しました）。</translation>
    </message>
    <message>
        <source>The NVIDIA driver did not answer through %1 (NVML error %2).</source>
        <translation>NVIDIA ドライバーが %1 経由で応答しませんでした（NVML エラー %2）。</translation>
    </message>
    <message>
        <source>The NVIDIA driver did not list its GPUs through %1 (NVML error %2).</source>
        <translation>NVIDIA ドライバーが %1 経由で GPU の一覧を返しませんでした（NVML エラー %2）。</translation>
    </message>
    <message>
        <source>NVML was skipped: the NVIDIA driver did not answer it earlier while Akari was running, so it is probably hung.</source>
        <translation>NVML の問い合わせを省略しました。Akari の実行中に NVIDIA ドライバーが以前応答しなかったため、停止している可能性があります。</translation>
    </message>
    <message>
        <source>Could not start a thread to ask NVML: %1</source>
        <translation>NVML に問い合わせるスレッドを開始できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>The NVIDIA driver did not answer NVML within %n millisecond(s); NVML is not asked again while Akari runs.</source>
        <translation>
            <numerusform>NVIDIA ドライバーが %n ミリ秒以内に NVML に応答しませんでした。Akari の実行中は NVML に再度問い合わせません。</numerusform>
        </translation>
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
    <name>Akari::PackagePicker</name>
    <message>
        <source>PyTorch itself: tensors, automatic differentiation and the GPU backends</source>
        <translation>PyTorch 本体: テンソル、自動微分、GPU バックエンド</translation>
    </message>
    <message>
        <source>Image and video models, data sets and transforms for PyTorch</source>
        <translation>PyTorch 用の画像・動画モデル、データセット、変換</translation>
    </message>
    <message>
        <source>Audio and signal processing for PyTorch</source>
        <translation>PyTorch 用の音声・信号処理</translation>
    </message>
    <message>
        <source>A PyTorch ecosystem package served by PyTorch&apos;s indexes</source>
        <translation>PyTorch のインデックスで配布されている PyTorch エコシステムのパッケージ</translation>
    </message>
    <message>
        <source>Covered by this plan, though uv does not send it to PyTorch&apos;s indexes by itself</source>
        <translation>この構成の対象ですが、uv が独自に PyTorch のインデックスから取得するパッケージではありません</translation>
    </message>
    <message>
        <source>Packages: none</source>
        <translation>パッケージ: なし</translation>
    </message>
    <message>
        <source>Packages: %1</source>
        <comment>the list of package names</comment>
        <translation>パッケージ: %1</translation>
    </message>
    <message>
        <source>The PyTorch packages whose sources the plan sets</source>
        <translation>構成がソースを設定する PyTorch パッケージ</translation>
    </message>
    <message>
        <source>PyTorch packages</source>
        <translation>PyTorch パッケージ</translation>
    </message>
    <message>
        <source>PyTorch packages the plan covers</source>
        <translation>構成の対象となる PyTorch パッケージ</translation>
    </message>
    <message>
        <source>Its sources are kept as written: the plan cannot express them, so Akari leaves them alone.</source>
        <translation>ソースは記述どおりに残します。構成として表現できないため、Akari は変更しません。</translation>
    </message>
</context>
<context>
    <name>Akari::PciDevice</name>
    <message>
        <source>Cannot list the PCI devices in %1.</source>
        <translation>%1 の PCI デバイスを列挙できません。</translation>
    </message>
    <message>
        <source>%1 is not a folder, so the PCI devices cannot be listed.</source>
        <translation>%1 はフォルダーではないため、PCI デバイスを列挙できません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 does not hold a hexadecimal number (it says &quot;%2&quot;).</source>
        <translation>%1 に 16 進数が含まれていません（内容: &quot;%2&quot;）。</translation>
    </message>
    <message numerus="yes">
        <source>%n PCI device(s) could not be read and were skipped: %1</source>
        <translation>
            <numerusform>%n 個の PCI デバイスを読み取れなかったため、スキップしました: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::PlanBuilder</name>
    <message>
        <source>“%1” is not a PyTorch backend. Use pypi, cpu, a CUDA build such as cu128, a ROCm build such as rocm6.4, or xpu.</source>
        <translation>「%1」は PyTorch のバックエンドではありません。pypi、cpu、CUDA ビルド（cu128 など）、ROCm ビルド（rocm6.4 など）、xpu のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown platform “%1” in “%2”: use linux, windows or macos.</source>
        <translation>「%2」に不明なプラットフォーム「%1」があります。linux、windows、macos のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>A variant needs a PyTorch index; “pypi” is what the project gets without one.</source>
        <translation>バリアントには PyTorch インデックスが必要です。「pypi」は、PyTorch インデックスを使わない場合にプロジェクトが使うビルドです。</translation>
    </message>
    <message>
        <source>“%1” is not a package PyTorch&apos;s indexes publish. A plan can cover: %2.</source>
        <translation>「%1」は PyTorch のインデックスが公開しているパッケージではありません。構成の対象にできるのは %2 です。</translation>
    </message>
    <message>
        <source>PyTorch publishes no %1 builds for %2.</source>
        <translation>PyTorch は %2 向けの %1 ビルドを公開していません。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Akari::PlanIssueList</name>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) about the file</source>
        <translation>
            <numerusform>ファイルに関するメッセージ %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::PlanMatrixWidget</name>
    <message>
        <source>All platforms</source>
        <translation>すべてのプラットフォーム</translation>
    </message>
    <message>
        <source>All packages</source>
        <translation>すべてのパッケージ</translation>
    </message>
    <message>
        <source>Mixed</source>
        <comment>the packages use different backends</comment>
        <translation>混在</translation>
    </message>
    <message>
        <source>All packages on %1</source>
        <translation>%1 のすべてのパッケージ</translation>
    </message>
    <message>
        <source>Choose the backend of every package on %1</source>
        <translation>%1 のすべてのパッケージのバックエンドを選択します</translation>
    </message>
    <message>
        <source>Choose…</source>
        <comment>a backend</comment>
        <translation>選択…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>package on platform</comment>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Mixed</source>
        <comment>the platforms use different backends</comment>
        <translation>混在</translation>
    </message>
    <message>
        <source>%1 on all platforms</source>
        <translation>すべてのプラットフォームの %1</translation>
    </message>
    <message>
        <source>Choose the backend of %1 on every platform PyTorch builds it for</source>
        <translation>PyTorch がビルドを提供しているすべてのプラットフォームで、%1 のバックエンドを選択します</translation>
    </message>
    <message>
        <source>Kept as written</source>
        <translation>記述どおりに保持</translation>
    </message>
</context>
<context>
    <name>Akari::PlanPresets</name>
    <message>
        <source>CUDA on Linux and Windows, PyPI on macOS</source>
        <translation>Linux と Windows は CUDA、macOS は PyPI</translation>
    </message>
    <message>
        <source>CUDA on Linux, CPU elsewhere</source>
        <translation>Linux は CUDA、ほかは CPU</translation>
    </message>
    <message>
        <source>CPU everywhere</source>
        <translation>すべて CPU</translation>
    </message>
    <message>
        <source>Variants: CPU or CUDA</source>
        <translation>バリアント: CPU または CUDA</translation>
    </message>
    <message>
        <source>%1 builds (%2) on Linux and Windows; macOS keeps PyPI&apos;s builds, as PyTorch has no CUDA builds for it.</source>
        <translation>Linux と Windows では %1 ビルド（%2）を使います。PyTorch には macOS 用の CUDA ビルドがないため、macOS は PyPI のビルドのままにします。</translation>
    </message>
    <message>
        <source>%1 builds (%2) on Linux, CPU-only builds on Windows and macOS, as in uv&apos;s guide.</source>
        <translation>uv のガイドと同じく、Linux では %1 ビルド（%2）、Windows と macOS では CPU 専用ビルドを使います。</translation>
    </message>
    <message>
        <source>CPU-only builds from PyTorch&apos;s index on every platform.</source>
        <translation>すべてのプラットフォームで、PyTorch のインデックスの CPU 専用ビルドを使います。</translation>
    </message>
    <message>
        <source>Two extras chosen at sync time, “cpu” and “%2” (%1), kept apart by conflicts: uv sync --extra %2.</source>
        <translation>同期時に選ぶ 2 つのエクストラ「cpu」と「%2」（%1）を、conflicts で互いに分けて提供します（uv sync --extra %2）。</translation>
    </message>
    <message>
        <source>Unknown preset.</source>
        <translation>不明なプリセットです。</translation>
    </message>
    <message>
        <source>Recommended for this machine</source>
        <translation>このマシンに推奨</translation>
    </message>
    <message>
        <source>The backend recommended for this machine on the platforms PyTorch builds it for, PyPI&apos;s builds elsewhere: what “akari-cli configure --backend auto” writes.</source>
        <translation>PyTorch がビルドを提供しているプラットフォームではこのマシンに推奨されるバックエンドを、それ以外では PyPI のビルドを使います。「akari-cli configure --backend auto」が書き込む構成と同じです。</translation>
    </message>
    <message>
        <source>There is no recommendation for this machine yet: detect its hardware first.</source>
        <translation>このマシンへの推奨はまだありません。先にハードウェアを検出してください。</translation>
    </message>
</context>
<context>
    <name>Akari::PlanPreviewPane</name>
    <message>
        <source>pyproject.toml</source>
        <translation>pyproject.toml</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Changes (none)</source>
        <translation>変更内容（なし）</translation>
    </message>
    <message>
        <source>The file as it will be saved</source>
        <translation>保存後のファイルの内容</translation>
    </message>
    <message>
        <source>What saving changes in the file on disk, as a unified diff</source>
        <translation>保存によってディスク上のファイルがどう変わるか（unified 形式の差分）</translation>
    </message>
    <message>
        <source>Preview of pyproject.toml</source>
        <translation>pyproject.toml のプレビュー</translation>
    </message>
    <message>
        <source>Changes to the file on disk</source>
        <translation>ディスク上のファイルへの変更</translation>
    </message>
    <message>
        <source>No changes: the file on disk already says this.</source>
        <translation>変更はありません。ディスク上のファイルはすでにこの内容です。</translation>
    </message>
    <message>
        <source>Scroll the tabs left</source>
        <translation>タブを左へスクロール</translation>
    </message>
    <message>
        <source>Scroll the tabs right</source>
        <translation>タブを右へスクロール</translation>
    </message>
</context>
<context>
    <name>Akari::PlanPreviewer</name>
    <message>
        <source>Previewing the plan</source>
        <translation>構成のプレビュー</translation>
    </message>
</context>
<context>
    <name>Akari::PlanReaderInput</name>
    <message>
        <source>[[tool.uv.index]] must be a list of tables; Akari ignores it.</source>
        <translation>[[tool.uv.index]] はテーブルのリストでなければなりません。Akari はこれを無視します。</translation>
    </message>
    <message>
        <source>An entry of [[tool.uv.index]] is not a table with a string “url” (and a string “name”, if any); Akari ignores it.</source>
        <translation>[[tool.uv.index]] のエントリーが、文字列の「url」（および、ある場合は文字列の「name」）を持つテーブルではありません。Akari はこのエントリーを無視します。</translation>
    </message>
    <message>
        <source>[tool.uv.sources] must be a table; Akari ignores it.</source>
        <translation>[tool.uv.sources] はテーブルでなければなりません。Akari はこれを無視します。</translation>
    </message>
    <message>
        <source>[tool.uv.sources] lists “%1” more than once.</source>
        <translation>[tool.uv.sources] に「%1」が複数回記載されています。</translation>
    </message>
    <message>
        <source>The list of sources of “%1” is empty.</source>
        <translation>「%1」のソースのリストが空です。</translation>
    </message>
    <message>
        <source>The sources of “%1” must be a table or a list of tables.</source>
        <translation>「%1」のソースはテーブルまたはテーブルのリストでなければなりません。</translation>
    </message>
    <message>
        <source>A source of “%1” is not a table.</source>
        <translation>「%1」のソースにテーブルでないものがあります。</translation>
    </message>
    <message>
        <source>A source of “%1” must have exactly one of “index”, “url”, “git”, “path” or “workspace”.</source>
        <translation>「%1」のソースには、「index」、「url」、「git」、「path」、「workspace」のうちちょうど 1 つが必要です。</translation>
    </message>
    <message>
        <source>“%1” in a source of “%2” must be a string.</source>
        <translation>「%2」のソースの「%1」は文字列でなければなりません。</translation>
    </message>
    <message>
        <source>A source of “%1” has an empty “extra” or “group”.</source>
        <translation>「%1」のソースの「extra」または「group」が空です。</translation>
    </message>
    <message>
        <source>A source of “%1” has both “extra” and “group”.</source>
        <translation>「%1」のソースに「extra」と「group」の両方が指定されています。</translation>
    </message>
    <message>
        <source>The marker of a source of “%1” is not valid: %2</source>
        <translation>「%1」のソースのマーカーが正しくありません: %2</translation>
    </message>
</context>
<context>
    <name>Akari::ProbeCommand</name>
    <message>
        <source>%1 exited with code %2.</source>
        <translation>%1 が終了コード %2 で終了しました。</translation>
    </message>
    <message>
        <source>%1 exited with code %2: %3</source>
        <translation>%1 が終了コード %2 で終了しました: %3</translation>
    </message>
</context>
<context>
    <name>Akari::ProbeFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>Akari::ProcessCommandRunner</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly: %2</source>
        <translation>%1 が予期せず停止しました: %2</translation>
    </message>
    <message>
        <source>%1 is not started again: it did not finish earlier while Akari was running.</source>
        <translation>%1 は再度起動しません。Akari の実行中に以前終了しなかったためです。</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n millisecond(s) and was stopped; it is not started again while Akari runs.</source>
        <translation>
            <numerusform>%1 が %n ミリ秒以内に終了しなかったため停止しました。Akari の実行中は再度起動しません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::ProjectEditor</name>
    <message>
        <source>Revert to the saved file</source>
        <translation>保存したファイルの状態に戻す</translation>
    </message>
    <message>
        <source>Checking the project file</source>
        <translation>プロジェクトファイルの確認</translation>
    </message>
</context>
<context>
    <name>Akari::ProjectLoader</name>
    <message>
        <source>Loading the project</source>
        <translation>プロジェクトの読み込み</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み込み中</translation>
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
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Set %1 on %2 to %3</source>
        <translation>%2 の %1 を %3 に設定</translation>
    </message>
    <message>
        <source>Set %1 to %2 wherever PyTorch builds it</source>
        <translation>PyTorch がビルドを提供しているすべてのプラットフォームで %1 を %2 に設定</translation>
    </message>
    <message>
        <source>Set every package on %1 to %2</source>
        <translation>%1 のすべてのパッケージを %2 に設定</translation>
    </message>
    <message>
        <source>Change the variants</source>
        <translation>バリアントを変更</translation>
    </message>
    <message>
        <source>Choose the packages</source>
        <translation>パッケージを選択</translation>
    </message>
    <message>
        <source>Where each PyTorch package comes from on each platform; Akari writes it into pyproject.toml.</source>
        <translation>各 PyTorch パッケージをプラットフォームごとにどこから取得するか。Akari はこれを pyproject.toml に書き込みます。</translation>
    </message>
    <message>
        <source>Apply “%1”</source>
        <translation>「%1」を適用</translation>
    </message>
    <message>
        <source>Offer variants</source>
        <translation>バリアントを提供</translation>
    </message>
    <message>
        <source>Use one setup per platform</source>
        <translation>プラットフォームごとに 1 つの構成を使用</translation>
    </message>
    <message>
        <source>%1 (new, created when you save)</source>
        <translation>%1（新規。保存時に作成されます）</translation>
    </message>
    <message>
        <source>any (requires-python is not set)</source>
        <translation>任意（requires-python が設定されていません）</translation>
    </message>
    <message>
        <source>Open a project folder to choose its PyTorch builds.</source>
        <translation>プロジェクトフォルダーを開くと、その PyTorch ビルドを選択できます。</translation>
    </message>
    <message>
        <source>Recommended for this machine: %1.</source>
        <translation>このマシンに推奨: %1。</translation>
    </message>
    <message>
        <source>Recommended for this machine: %1. %2</source>
        <translation>このマシンに推奨: %1。%2</translation>
    </message>
    <message>
        <source>This project does not use PyTorch yet. Choose a preset or a backend, and Akari adds torch and torchvision (the packages shown) with it.</source>
        <translation>このプロジェクトはまだ PyTorch を使っていません。プリセットまたはバックエンドを選ぶと、Akari がそれに合わせて torch と torchvision（表示されているパッケージ）を追加します。</translation>
    </message>
    <message>
        <source>Each variant is an extra: users pick one with “uv sync --extra NAME”.</source>
        <translation>各バリアントはエクストラです。ユーザーは「uv sync --extra NAME」でいずれかを選びます。</translation>
    </message>
    <message>
        <source>pyproject.toml was changed by another program. Reload it and lose your changes, or keep your changes and replace it when you save?</source>
        <translation>pyproject.toml が別のプログラムによって変更されました。再読み込みして変更内容を破棄しますか？それとも変更内容を残し、保存時にファイルを置き換えますか？</translation>
    </message>
    <message>
        <source>pyproject.toml was changed by another program, so Akari loaded it again.</source>
        <translation>pyproject.toml が別のプログラムによって変更されたため、Akari が再読み込みしました。</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>プリセット(&amp;P)</translation>
    </message>
    <message>
        <source>Ready-made setups, including the one recommended for this machine</source>
        <translation>このマシンに推奨される構成を含む、あらかじめ用意された構成</translation>
    </message>
    <message>
        <source>Recommended for This Machine (%1)</source>
        <translation>このマシンに推奨（%1）</translation>
    </message>
    <message>
        <source>Recommended for This Machine</source>
        <translation>このマシンに推奨</translation>
    </message>
    <message>
        <source>Hardware detection has not finished yet.</source>
        <translation>ハードウェアの検出がまだ完了していません。</translation>
    </message>
    <message>
        <source>Per p&amp;latform</source>
        <translation>プラットフォームごと(&amp;L)</translation>
    </message>
    <message>
        <source>One setup: each package and platform has its backend</source>
        <translation>1 つの構成: パッケージとプラットフォームごとにバックエンドを指定</translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation>バリアント(&amp;V)</translation>
    </message>
    <message>
        <source>Several setups offered as extras; users choose one when they sync</source>
        <translation>複数の構成をエクストラとして提供: ユーザーが同期時にいずれかを選択</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Write the changes into pyproject.toml (the old file is kept as a backup)</source>
        <translation>変更内容を pyproject.toml に書き込みます（元のファイルはバックアップとして残ります）</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>保存した内容に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>Go back to the setup in the saved file (undoable)</source>
        <translation>保存済みのファイルの構成に戻します（元に戻せます）</translation>
    </message>
    <message>
        <source>&amp;Keep My Changes</source>
        <translation>変更内容を残す(&amp;K)</translation>
    </message>
    <message>
        <source>Backends per package and platform</source>
        <translation>パッケージとプラットフォームごとのバックエンド</translation>
    </message>
</context>
<context>
    <name>Akari::ProjectRequirements</name>
    <message>
        <source>The project defines no extras, so “%1” cannot be chosen.</source>
        <translation>プロジェクトにはエクストラが定義されていないため、「%1」は選択できません。</translation>
    </message>
    <message>
        <source>The project has no extra “%1”; [project.optional-dependencies] defines: %2.</source>
        <translation>プロジェクトにエクストラ「%1」はありません。[project.optional-dependencies] で定義されているもの: %2。</translation>
    </message>
    <message>
        <source>The project defines no dependency groups, so “%1” cannot be chosen.</source>
        <translation>プロジェクトには依存関係グループが定義されていないため、「%1」は選択できません。</translation>
    </message>
    <message>
        <source>The project has no dependency group “%1”; [dependency-groups] defines: %2.</source>
        <translation>プロジェクトに依存関係グループ「%1」はありません。[dependency-groups] で定義されているもの: %2。</translation>
    </message>
    <message>
        <source>The dependency groups include each other in a cycle: %1.</source>
        <translation>依存関係グループが循環して互いを含んでいます: %1。</translation>
    </message>
    <message>
        <source>%1 must be a list of requirements.</source>
        <translation>%1 は依存関係の指定のリストでなければなりません。</translation>
    </message>
    <message>
        <source>%1 holds an entry that is not a requirement.</source>
        <translation>%1 に依存関係の指定ではないエントリがあります。</translation>
    </message>
    <message>
        <source>The requirement “%1” in %2 is not valid: %3</source>
        <translation>%2 の依存関係の指定「%1」が正しくありません: %3</translation>
    </message>
    <message>
        <source>“%1” and “%2” cannot be chosen together: [tool.uv] conflicts declares them incompatible.</source>
        <translation>「%1」と「%2」は同時に選択できません: [tool.uv] conflicts でこれらは互いに競合すると宣言されています。</translation>
    </message>
</context>
<context>
    <name>Akari::ProjectResolver</name>
    <message>
        <source>No index client was given to resolve with.</source>
        <translation>解決に使うインデックスクライアントが指定されていません。</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>解決中</translation>
    </message>
    <message>
        <source>Resolving for %1</source>
        <translation>%1 向けに解決中</translation>
    </message>
</context>
<context>
    <name>Akari::ProjectSaver</name>
    <message>
        <source>Saving the project</source>
        <translation>プロジェクトの保存</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
</context>
<context>
    <name>Akari::ProjectSync</name>
    <message>
        <source>No Python interpreter found on this machine; name one with --python.</source>
        <translation>このマシンに Python インタープリターが見つかりません。--python で指定してください。</translation>
    </message>
    <message>
        <source>No pyproject.toml in %1.</source>
        <translation>%1 に pyproject.toml がありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Using %1</source>
        <translation>%1 を使用</translation>
    </message>
    <message>
        <source>No solution for %1:</source>
        <translation>%1 向けの解は見つかりませんでした:</translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n package(s) in %1 s</source>
        <translation>
            <numerusform>%n 個のパッケージを %1 秒で解決しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning the sync of %1</source>
        <translation>%1 の同期を計画中</translation>
    </message>
    <message>
        <source>Syncing %1</source>
        <translation>%1 を同期中</translation>
    </message>
</context>
<context>
    <name>Akari::PubGrubSolver</name>
    <message numerus="yes">
        <source>The resolver gave up after %n decision(s) without finding an answer.</source>
        <translation>
            <numerusform>リゾルバは %n 回の判断を行っても解を見つけられず、処理を打ち切りました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::PyProjectFile</name>
    <message>
        <source>Could not read the file: %1</source>
        <translation>ファイルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>There is no file to save to.</source>
        <translation>保存先のファイルがありません。</translation>
    </message>
    <message>
        <source>The file changed on disk after it was read; nothing was saved. Open it again to see the changes, then make yours.</source>
        <translation>読み込んだ後にディスク上のファイルが変更されたため、何も保存しませんでした。開き直して変更内容を確認してから、改めて編集してください。</translation>
    </message>
    <message>
        <source>The file was created by someone else after the project was opened; nothing was saved. Open it again to see it, then make your changes.</source>
        <translation>プロジェクトを開いた後に、このファイルが外部で作成されたため、何も保存しませんでした。開き直して内容を確認してから、改めて変更してください。</translation>
    </message>
    <message>
        <source>Could not create the backup folder “%1”; the file was not changed.</source>
        <translation>バックアップフォルダー「%1」を作成できませんでした。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Could not write the backup “%1”: %2. The file was not changed.</source>
        <translation>バックアップ「%1」を書き込めませんでした: %2。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Could not save the file: %1. It was not changed.</source>
        <translation>ファイルを保存できませんでした: %1。ファイルは変更されていません。</translation>
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
    <name>Akari::PyProjectValidator</name>
    <message>
        <source>“%1” takes its builds from the index “%2”, but no [[tool.uv.index]] is named “%2”.</source>
        <translation>「%1」はインデックス「%2」からビルドを取得しますが、「%2」という名前の [[tool.uv.index]] がありません。</translation>
    </message>
    <message>
        <source>The sources of “%1” on lines %2 and %3 are for the same extra and group, and the one on line %4 has no marker. uv needs a marker on each, such as marker = &quot;sys_platform == &apos;linux&apos;&quot;, so that they never apply together.</source>
        <translation>%2 行目と %3 行目にある「%1」のソースは同じエクストラとグループを対象としており、%4 行目のソースにはマーカーがありません。uv では、両方が同時に適用されることがないよう、それぞれに marker = &quot;sys_platform == &apos;linux&apos;&quot; のようなマーカーが必要です。</translation>
    </message>
    <message>
        <source>The markers of the sources of “%1” on lines %2 and %3 both hold on %4; uv needs them to be disjoint. Change one so that they never hold together.</source>
        <translation>%2 行目と %3 行目にある「%1」のソースのマーカーは、どちらも %4 で成り立ちます。uv ではこれらが重ならない必要があります。同時に成り立つことがないよう、どちらかを変更してください。</translation>
    </message>
    <message>
        <source>The sources of %1 use different indexes for %2 and %3, but no [tool.uv] conflicts set keeps these apart, so uv lock fails. Add [%2, %3] to conflicts in [tool.uv].</source>
        <translation>%1 のソースは %2 と %3 で異なるインデックスを使っていますが、これらを分ける組が [tool.uv] の conflicts にないため、uv lock が失敗します。[tool.uv] の conflicts に [%2, %3] を追加してください。</translation>
    </message>
    <message>
        <source>“%1” takes torch from the %2 index, which has no wheels for macOS and Windows, so “%3” fails there. Limit the source with marker = &quot;sys_platform == &apos;linux&apos;&quot;.</source>
        <translation>「%1」は %2 インデックスから torch を取得しますが、このインデックスには macOS と Windows 用のホイールがないため、これらのプラットフォームでは「%3」が失敗します。marker = &quot;sys_platform == &apos;linux&apos;&quot; でソースの適用範囲を限定してください。</translation>
    </message>
    <message>
        <source>“%1” takes torch from the %2 index, which has no wheels for macOS, so “%3” fails there. Limit the source with marker = &quot;sys_platform != &apos;darwin&apos;&quot;.</source>
        <translation>「%1」は %2 インデックスから torch を取得しますが、このインデックスには macOS 用のホイールがないため、macOS では「%3」が失敗します。marker = &quot;sys_platform != &apos;darwin&apos;&quot; でソースの適用範囲を限定してください。</translation>
    </message>
    <message>
        <source>“%1” takes torch from the %2 index, which has no wheels for Windows, so “%3” fails there. Limit the source with marker = &quot;sys_platform != &apos;win32&apos;&quot;.</source>
        <translation>「%1」は %2 インデックスから torch を取得しますが、このインデックスには Windows 用のホイールがないため、Windows では「%3」が失敗します。marker = &quot;sys_platform != &apos;win32&apos;&quot; でソースの適用範囲を限定してください。</translation>
    </message>
    <message>
        <source>torch comes from the %1 index on macOS and Windows too, but it has no wheels there, so uv sync fails on them. Limit the source with marker = &quot;sys_platform == &apos;linux&apos;&quot;.</source>
        <translation>torch は macOS と Windows でも %1 インデックスから取得されますが、このインデックスにはこれらのプラットフォーム用のホイールがないため、uv sync が失敗します。marker = &quot;sys_platform == &apos;linux&apos;&quot; でソースの適用範囲を限定してください。</translation>
    </message>
    <message>
        <source>torch comes from the %1 index on macOS too, but it has no wheels there, so uv sync fails on macOS. Limit the source with marker = &quot;sys_platform != &apos;darwin&apos;&quot;.</source>
        <translation>torch は macOS でも %1 インデックスから取得されますが、このインデックスには macOS 用のホイールがないため、macOS では uv sync が失敗します。marker = &quot;sys_platform != &apos;darwin&apos;&quot; でソースの適用範囲を限定してください。</translation>
    </message>
    <message>
        <source>torch comes from the %1 index on Windows too, but it has no wheels there, so uv sync fails on Windows. Limit the source with marker = &quot;sys_platform != &apos;win32&apos;&quot;.</source>
        <translation>torch は Windows でも %1 インデックスから取得されますが、このインデックスには Windows 用のホイールがないため、Windows では uv sync が失敗します。marker = &quot;sys_platform != &apos;win32&apos;&quot; でソースの適用範囲を限定してください。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a package name in quotes</comment>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 %2, Python 3.%3</source>
        <translation>%1 %2、Python 3.%3</translation>
    </message>
    <message>
        <source>%1, extra “%2”</source>
        <translation>%1、エクストラ「%2」</translation>
    </message>
</context>
<context>
    <name>Akari::PythonInterpreter</name>
    <message>
        <source>“%1” does not describe itself as a Python interpreter does.</source>
        <translation>「%1」は Python インタープリターとしての情報を返しませんでした。</translation>
    </message>
    <message>
        <source>The Python interpreter “%1” is Python %2; Akari needs Python 3.%3 or newer.</source>
        <translation>Python インタープリター「%1」は Python %2 です。Akari には Python 3.%3 以降が必要です。</translation>
    </message>
    <message>
        <source>The Python interpreter “%1” did not say where it is installed.</source>
        <translation>Python インタープリター「%1」がインストール先を報告しませんでした。</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>given</source>
        <translation>指定</translation>
    </message>
    <message>
        <source>system</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>py launcher</source>
        <translation>py ランチャー</translation>
    </message>
    <message>
        <source>The Python interpreter “%1” does not exist.</source>
        <translation>Python インタープリター「%1」は存在しません。</translation>
    </message>
    <message>
        <source>“%1” is not an executable file, so it cannot be a Python interpreter.</source>
        <translation>「%1」は実行可能ファイルではないため、Python インタープリターとして使用できません。</translation>
    </message>
</context>
<context>
    <name>Akari::RecommendationCard</name>
    <message>
        <source>Default PyPI builds</source>
        <translation>PyPI のデフォルトビルド</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>%1 (this machine)</source>
        <comment>platform</comment>
        <translation>%1（このマシン）</translation>
    </message>
    <message>
        <source>Waiting for detection…</source>
        <translation>検出を待っています…</translation>
    </message>
    <message>
        <source>The builds that PyPI, the default index, serves to everyone; on Apple Silicon they use the GPU through MPS.</source>
        <translation>デフォルトインデックスである PyPI がすべてのユーザーに提供するビルドです。Apple Silicon では MPS を通じて GPU を使います。</translation>
    </message>
    <message>
        <source>uv would try: %1</source>
        <comment>the ordered list of PyTorch index ids</comment>
        <translation>uv が試すインデックス: %1</translation>
    </message>
    <message numerus="yes">
        <source>With --torch-backend=auto, uv tries these %n index(es) in this order: %1</source>
        <translation>
            <numerusform>--torch-backend=auto を指定すると、uv は次の %n 個のインデックスをこの順に試します: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>uv would stop with an error: %1</source>
        <translation>uv はエラーで停止します: %1</translation>
    </message>
    <message>
        <source>uv would try no PyTorch index.</source>
        <translation>uv は PyTorch インデックスを 1 つも試しません。</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Recommended PyTorch build</source>
        <translation>推奨される PyTorch ビルド</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>プラットフォーム(&amp;P):</translation>
    </message>
    <message>
        <source>Target platform</source>
        <translation>対象プラットフォーム</translation>
    </message>
    <message>
        <source>The operating system the PyTorch build is for; uv’s choice depends on it.</source>
        <translation>PyTorch ビルドの対象となるオペレーティングシステムです。uv の選択はこれによって変わります。</translation>
    </message>
    <message>
        <source>&amp;Use This</source>
        <translation>これを使用(&amp;U)</translation>
    </message>
    <message>
        <source>Use this recommendation</source>
        <translation>この推奨を使用</translation>
    </message>
    <message>
        <source>Take this build to the project, where the project editor applies it</source>
        <translation>このビルドをプロジェクトに渡し、プロジェクトエディターで適用します</translation>
    </message>
    <message>
        <source>Reasons and advice</source>
        <translation>理由とアドバイス</translation>
    </message>
</context>
<context>
    <name>Akari::RecordFile</name>
    <message>
        <source>The RECORD file contains a NUL character.</source>
        <translation>RECORD ファイルに NUL 文字が含まれています。</translation>
    </message>
    <message numerus="yes">
        <source>A RECORD row has %n field(s); expected three (path, hash, size).</source>
        <translation>
            <numerusform>RECORD の行にフィールドが %n 個あります。3 個（パス、ハッシュ、サイズ）である必要があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>A RECORD row has an empty path.</source>
        <translation>RECORD の行のパスが空です。</translation>
    </message>
    <message>
        <source>The size &apos;%1&apos; of &apos;%2&apos; in RECORD is not a number of bytes.</source>
        <translation>RECORD に記載された「%2」のサイズ「%1」はバイト数ではありません。</translation>
    </message>
</context>
<context>
    <name>Akari::RemoteWheelMetadata</name>
    <message>
        <source>The server of %1 answered a range request with too few bytes.</source>
        <translation>%1 のサーバーが範囲リクエストに対して返したバイト数が足りません。</translation>
    </message>
    <message>
        <source>The server of %1 does not answer range requests.</source>
        <translation>%1 のサーバーは範囲リクエストに対応していません。</translation>
    </message>
    <message>
        <source>Reading part of %1 failed with HTTP status %2.</source>
        <translation>%1 の一部の読み込みが HTTP ステータス %2 で失敗しました。</translation>
    </message>
    <message>
        <source>The server of %1 answered a range request with a wrong Content-Range (%2).</source>
        <translation>%1 のサーバーが範囲リクエストに対して誤った Content-Range（%2）を返しました。</translation>
    </message>
    <message>
        <source>Reading %1 from %2 failed: %3.</source>
        <translation>%2 から %1 を読み込めませんでした: %3。</translation>
    </message>
    <message>
        <source>The zip file %1 is damaged: the local header of %2 names %3.</source>
        <translation>zip ファイル %1 は破損しています: %2 のローカルヘッダーに %3 という名前が記録されています。</translation>
    </message>
    <message>
        <source>%1 in %2 is larger than %3 MiB.</source>
        <translation>%2 内の %1 は %3 MiB を超えています。</translation>
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
    <name>Akari::RequiresPythonCheck</name>
    <message>
        <source>No PyTorch release known to Akari has wheels for Python 3.%1 yet, the oldest Python that requires-python admits.</source>
        <translation>requires-python が許容する最も古い Python である Python 3.%1 用のホイールは、Akari が把握している PyTorch リリースではまだ提供されていません。</translation>
    </message>
    <message>
        <source>No torch version that the project allows has wheels for Python %1, which requires-python admits: uv cannot install torch there. Narrow requires-python or allow other torch versions.</source>
        <translation>requires-python が許容する Python %1 用のホイールは、プロジェクトが許可しているどの torch バージョンにもないため、uv はこの Python に torch をインストールできません。requires-python の範囲を狭めるか、ほかの torch バージョンを許可してください。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Akari::ResolutionExplainer</name>
    <message>
        <source>Because %1, %2.</source>
        <translation>%1ため、%2。</translation>
    </message>
    <message>
        <source>Because %1 and %2, %3.</source>
        <translation>%1ことと、%2ことから、%3。</translation>
    </message>
    <message>
        <source>Because %1 (%2) and %3 (%4), %5.</source>
        <translation>%1（%2）ことと、%3（%4）ことから、%5。</translation>
    </message>
    <message>
        <source>And because %1 (%2), %3.</source>
        <translation>さらに、%1（%2）ため、%3。</translation>
    </message>
    <message>
        <source>Because %1 (%2) and %3, %4.</source>
        <translation>%1（%2）ことと、%3ことから、%4。</translation>
    </message>
    <message>
        <source>And because %1 and %2, %3.</source>
        <translation>さらに、%1ことと、%2ことから、%3。</translation>
    </message>
    <message>
        <source>And because %1, %2.</source>
        <translation>さらに、%1ため、%2。</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>every version of %1 depends on %2, which does not exist</source>
        <translation>%1 のすべてのバージョンは、存在しない %2 に依存する</translation>
    </message>
    <message>
        <source>%1 depends on %2, which does not exist</source>
        <translation>%1 は、存在しない %2 に依存する</translation>
    </message>
    <message>
        <source>every version of %1 depends on %2, for which there is no version</source>
        <translation>%1 のすべてのバージョンは、該当するバージョンが存在しない %2 に依存する</translation>
    </message>
    <message>
        <source>%1 depends on %2, for which there is no version</source>
        <translation>%1 は、該当するバージョンが存在しない %2 に依存する</translation>
    </message>
    <message>
        <source>every version of %1 depends on %2</source>
        <translation>%1 のすべてのバージョンは %2 に依存する</translation>
    </message>
    <message>
        <source>%1 depends on %2</source>
        <translation>%1 は %2 に依存する</translation>
    </message>
    <message>
        <source>%1 requires Python %2 (the target has %3)</source>
        <translation>%1 は Python %2 を必要とするが、対象環境は Python %3 である</translation>
    </message>
    <message>
        <source>%1 has no wheel for the target environment</source>
        <translation>%1 には対象環境に対応するホイールがない</translation>
    </message>
    <message>
        <source>%1 has no wheel for the target environment (%2)</source>
        <translation>%1 のホイール（%2）はいずれも対象環境に対応していない</translation>
    </message>
    <message>
        <source>%1 has only a source distribution, which Akari does not build</source>
        <translation>%1 にはソース配布物しかなく、Akari はソース配布物をビルドしない</translation>
    </message>
    <message>
        <source>%1 is excluded by an option</source>
        <translation>%1 はオプションによって除外されている</translation>
    </message>
    <message>
        <source>%1 is excluded by %2</source>
        <translation>%1 は %2 によって除外されている</translation>
    </message>
    <message>
        <source>%1 was yanked (reason: %2)</source>
        <translation>%1 は取り下げられている（理由: %2）</translation>
    </message>
    <message>
        <source>%1 was yanked</source>
        <translation>%1 は取り下げられている</translation>
    </message>
    <message>
        <source>%1 were yanked</source>
        <translation>%1 はいずれも取り下げられている</translation>
    </message>
    <message>
        <source>%1 is a pre-release (not enabled for %2)</source>
        <translation>%1 はプレリリースであり、%2 ではプレリリースが有効になっていない</translation>
    </message>
    <message>
        <source>%1 are pre-releases (not enabled for %2)</source>
        <translation>%1 はいずれもプレリリースであり、%2 ではプレリリースが有効になっていない</translation>
    </message>
    <message>
        <source>%1 cannot be used</source>
        <translation>%1 は使用できない</translation>
    </message>
    <message>
        <source>the project is what is being resolved</source>
        <translation>プロジェクトが解決の対象である</translation>
    </message>
    <message>
        <source>the project depends on %1, which does not exist</source>
        <translation>プロジェクトは、存在しない %1 に依存する</translation>
    </message>
    <message>
        <source>the project depends on %1, for which there is no version</source>
        <translation>プロジェクトは、該当するバージョンが存在しない %1 に依存する</translation>
    </message>
    <message>
        <source>the project depends on %1</source>
        <translation>プロジェクトは %1 に依存する</translation>
    </message>
    <message>
        <source>no solution exists</source>
        <translation>解は存在しない</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 が必要である</translation>
    </message>
    <message>
        <source>%1 is incompatible with %2</source>
        <translation>%1 と %2 は同時に使用できない</translation>
    </message>
    <message>
        <source>either %1 or %2 is required</source>
        <translation>%1 または %2 のいずれかが必要である</translation>
    </message>
    <message>
        <source>%1 cannot all be used together</source>
        <translation>%1 をすべて同時に使用することはできない</translation>
    </message>
    <message>
        <source>one of %1 is required</source>
        <translation>%1 のいずれかが必要である</translation>
    </message>
    <message>
        <source>%1 together need one of %2</source>
        <translation>%1 を併用するには %2 のいずれかが必要である</translation>
    </message>
</context>
<context>
    <name>Akari::ResolutionPanel</name>
    <message>
        <source>Resolution</source>
        <translation>解決結果</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>phase: item</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Open a project to resolve it.</source>
        <translation>プロジェクトを開くと、その依存関係を解決できます。</translation>
    </message>
    <message>
        <source>Resolving for %1 on %2…</source>
        <translation>%2 の %1 向けに解決しています…</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>Could not resolve: %1</source>
        <translation>依存関係を解決できませんでした: %1</translation>
    </message>
    <message>
        <source>Resolving was cancelled.</source>
        <translation>解決はキャンセルされました。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) for %1:</source>
        <translation>
            <numerusform>%1 向けのパッケージ（%n 個）:</numerusform>
        </translation>
    </message>
    <message>
        <source>No solution for %1:</source>
        <translation>%1 向けの解は見つかりませんでした:</translation>
    </message>
    <message>
        <source>Choose a platform and Python version, then Resolve to see what the current plan installs.</source>
        <translation>プラットフォームと Python バージョンを選んで「解決」を押すと、現在の構成でインストールされるものを確認できます。</translation>
    </message>
    <message>
        <source>(The plan or the target has changed since: resolve again to update.)</source>
        <translation>（その後、構成または対象が変更されました。最新の状態にするには再度解決してください。）</translation>
    </message>
    <message>
        <source>What the current plan installs on one platform and Python version</source>
        <translation>1 つのプラットフォームと Python バージョンで、現在の構成がインストールするもの</translation>
    </message>
    <message>
        <source>Pla&amp;tform:</source>
        <translation>プラットフォーム(&amp;T):</translation>
    </message>
    <message>
        <source>P&amp;ython:</source>
        <translation>Python(&amp;Y):</translation>
    </message>
    <message>
        <source>V&amp;ariant:</source>
        <translation>バリアント(&amp;A):</translation>
    </message>
    <message>
        <source>Res&amp;olve</source>
        <translation>解決(&amp;O)</translation>
    </message>
    <message>
        <source>Resolve the project as the current plan writes it, for this platform and Python</source>
        <translation>現在の構成を書き込んだ状態のプロジェクトを、このプラットフォームと Python 向けに解決します</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Stop resolving</source>
        <translation>解決を中止</translation>
    </message>
    <message>
        <source>Platform to resolve for</source>
        <translation>解決の対象プラットフォーム</translation>
    </message>
    <message>
        <source>Python version to resolve for</source>
        <translation>解決の対象 Python バージョン</translation>
    </message>
    <message>
        <source>Variant to resolve</source>
        <translation>解決するバリアント</translation>
    </message>
    <message>
        <source>Resolving progress</source>
        <translation>解決の進捗</translation>
    </message>
    <message>
        <source>Resolution status</source>
        <translation>解決の状態</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>インデックス</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Packages of the resolution</source>
        <translation>解決結果のパッケージ</translation>
    </message>
    <message>
        <source>Why there is no solution</source>
        <translation>解が見つからない理由</translation>
    </message>
</context>
<context>
    <name>Akari::ResolveCommand</name>
    <message>
        <source>No solution for %1:</source>
        <translation>%1 向けの解は見つかりませんでした:</translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n package(s) for %1:</source>
        <translation>
            <numerusform>%1 向けに %n 個のパッケージを解決しました:</numerusform>
        </translation>
    </message>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>インデックス</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>resolve   Resolve a project&apos;s dependencies for one Python and platform through its indexes.</source>
        <translation>resolve   プロジェクトの依存関係を、そのインデックスを使って、1 つの Python とプラットフォーム向けに解決します。</translation>
    </message>
    <message>
        <source>Resolves the project&apos;s dependencies (with the chosen extras and groups) through the indexes its pyproject.toml names, by uv&apos;s rules, for this machine&apos;s Python or for a named Python and platform. Only wheels are considered.</source>
        <translation>プロジェクトの依存関係（選択したエクストラとグループを含む）を、pyproject.toml に指定されたインデックスを使って、uv と同じ規則で解決します。対象は、このマシンの Python、または指定した Python とプラットフォームです。考慮するのはホイールだけです。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>The Python to resolve for: a version such as 3.12, or the path of an interpreter (default: the project&apos;s .venv, else python3 on PATH).</source>
        <translation>解決の対象とする Python: 3.12 のようなバージョン、またはインタープリターのパス（デフォルト: プロジェクトの .venv。なければ PATH 上の python3）。</translation>
    </message>
    <message>
        <source>Resolve for this platform (linux, windows or macos) instead of this machine.</source>
        <translation>このマシンではなく、指定したプラットフォーム（linux、windows、macos）向けに解決します。</translation>
    </message>
    <message>
        <source>The architecture (default: the platform&apos;s usual one: x86_64, AMD64 or arm64).</source>
        <translation>アーキテクチャ（デフォルト: そのプラットフォームで一般的なもの。x86_64、AMD64、arm64 のいずれか）。</translation>
    </message>
    <message>
        <source>Include this extra&apos;s dependencies (repeatable).</source>
        <translation>このエクストラの依存関係を含めます（複数回指定できます）。</translation>
    </message>
    <message>
        <source>Include this dependency group (repeatable).</source>
        <translation>この依存関係グループを含めます（複数回指定できます）。</translation>
    </message>
    <message>
        <source>Use only what the index cache already holds.</source>
        <translation>インデックスのキャッシュにすでにあるものだけを使います。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>Unknown platform “%1”; use linux, windows or macos.</source>
        <translation>不明なプラットフォーム「%1」です。linux、windows、macos のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--platform and --arch need a Python version (such as 3.12), not an interpreter.</source>
        <translation>--platform と --arch には、インタープリターではなく Python バージョン（3.12 など）が必要です。</translation>
    </message>
    <message>
        <source>No Python interpreter found; name one with --python, or a target with --python X.Y --platform linux|windows|macos.</source>
        <translation>Python インタープリターが見つかりません。--python でインタープリターを指定するか、--python X.Y --platform linux|windows|macos で対象を指定してください。</translation>
    </message>
</context>
<context>
    <name>Akari::Resolver</name>
    <message>
        <source>The project&apos;s requires-python &quot;%1&quot; is not valid: %2</source>
        <translation>プロジェクトの requires-python &quot;%1&quot; が正しくありません: %2</translation>
    </message>
    <message>
        <source>Because the project requires Python %1 and the target is Python %2, no solution exists.</source>
        <translation>プロジェクトは Python %1 を必要とするが、対象は Python %2 であるため、解は存在しない。</translation>
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
        <translation>システムのデフォルト</translation>
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
    <name>Akari::ShowCommand</name>
    <message>
        <source>show      Show a project&apos;s PyTorch setup per platform, or its variants.</source>
        <translation>show      プロジェクトの PyTorch 構成（プラットフォームごと、またはバリアント）を表示します。</translation>
    </message>
    <message>
        <source>Shows where a project&apos;s PyTorch packages come from on Linux, Windows and macOS (or which variants it offers), and checks the configuration.</source>
        <translation>プロジェクトの PyTorch パッケージを Linux、Windows、macOS でそれぞれどこから取得するか（またはどのバリアントを提供しているか）を表示し、設定を検証します。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>テキストの代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>プロジェクト: %1</translation>
    </message>
    <message>
        <source>Python: %1</source>
        <translation>Python: %1</translation>
    </message>
    <message>
        <source>The project does not use PyTorch yet; “akari-cli configure” would add torch and torchvision.</source>
        <translation>このプロジェクトはまだ PyTorch を使っていません。「akari-cli configure」を実行すると torch と torchvision を追加します。</translation>
    </message>
</context>
<context>
    <name>Akari::SimpleIndexClient</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The page %1 (Content-Type %2) is not a readable simple-API page: %3</source>
        <translation>ページ %1（Content-Type %2）は、読み取れる Simple API のページではありません: %3</translation>
    </message>
    <message>
        <source>The index %1 needs credentials to read %2 (HTTP 401).</source>
        <translation>インデックス %1 から %2 を読み込むには認証情報が必要です（HTTP 401）。</translation>
    </message>
    <message>
        <source>The index %1 refused access to %2 (HTTP 403).</source>
        <translation>インデックス %1 は %2 へのアクセスを拒否しました（HTTP 403）。</translation>
    </message>
    <message>
        <source>The index %1 answered HTTP status %2 for %3.</source>
        <translation>インデックス %1 は %3 に対して HTTP ステータス %2 を返しました。</translation>
    </message>
    <message>
        <source>%1 does not have the %2 hash the index lists for it.</source>
        <translation>%1 のハッシュが、インデックスに記載された %2 ハッシュと一致しません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The flat index directory %1 does not exist.</source>
        <translation>フラットインデックスのフォルダー %1 が存在しません。</translation>
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
    <name>Akari::StreamingFileWriter</name>
    <message>
        <source>Could not open %1 for writing: %2</source>
        <translation>%1 を書き込み用に開けませんでした: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Could not empty %1: %2</source>
        <translation>%1 を空にできませんでした: %2</translation>
    </message>
    <message>
        <source>Could not write to %1: it is not open.</source>
        <translation>%1 に書き込めませんでした: ファイルが開かれていません。</translation>
    </message>
    <message>
        <source>Could not write to %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Akari::SyncAction</name>
    <message>
        <source>install</source>
        <comment>sync action, a table cell</comment>
        <translation>インストール</translation>
    </message>
    <message>
        <source>upgrade</source>
        <comment>sync action, a table cell</comment>
        <translation>アップグレード</translation>
    </message>
    <message>
        <source>downgrade</source>
        <comment>sync action, a table cell</comment>
        <translation>ダウングレード</translation>
    </message>
    <message>
        <source>reinstall</source>
        <comment>sync action, a table cell</comment>
        <translation>再インストール</translation>
    </message>
    <message>
        <source>remove</source>
        <comment>sync action, a table cell</comment>
        <translation>削除</translation>
    </message>
    <message>
        <source>keep</source>
        <comment>sync action, a table cell</comment>
        <translation>変更なし</translation>
    </message>
</context>
<context>
    <name>Akari::SyncCommand</name>
    <message>
        <source>Python: %1</source>
        <translation>Python: %1</translation>
    </message>
    <message>
        <source>Environment: %1 (recreated: %2)</source>
        <translation>環境: %1（再作成: %2）</translation>
    </message>
    <message>
        <source>Environment: %1 (new)</source>
        <translation>環境: %1（新規）</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>環境: %1</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>To</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>To download: %1</source>
        <translation>ダウンロード予定: %1</translation>
    </message>
    <message>
        <source>built for CUDA %1</source>
        <translation>CUDA %1 向けビルド</translation>
    </message>
    <message>
        <source>built for ROCm %1</source>
        <translation>ROCm %1 向けビルド</translation>
    </message>
    <message>
        <source>built for the CPU</source>
        <translation>CPU 向けビルド</translation>
    </message>
    <message>
        <source>none visible</source>
        <translation>認識されていません</translation>
    </message>
    <message>
        <source>torch %1, %2; GPU: %3</source>
        <translation>torch %1（%2）、GPU: %3</translation>
    </message>
    <message>
        <source>Imported %1 %2</source>
        <translation>%1 %2 をインポートしました</translation>
    </message>
    <message>
        <source>%1 did not import: %2</source>
        <translation>%1 をインポートできませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3, %4/s, about %n s left</source>
        <translation>
            <numerusform>%1: %3 中 %2、%4/秒、残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %3 中 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  %1 %2: %3</source>
        <translation>  %1 %2: %3</translation>
    </message>
    <message>
        <source>sync      Install the project&apos;s dependencies into its .venv, exactly as resolved, and verify PyTorch.</source>
        <translation>sync      プロジェクトの依存関係を解決結果どおりに .venv へインストールし、PyTorch を検証します。</translation>
    </message>
    <message>
        <source>Resolves the project like “resolve”, shows the change to its .venv, downloads and installs the wheels in a staged copy that replaces the environment only when everything worked, then imports the PyTorch packages with the environment&apos;s Python. Ctrl+C cancels and leaves the environment as it was.</source>
        <translation>プロジェクトを「resolve」と同様に解決し、.venv への変更を表示します。次に、ステージング用のコピーにホイールをダウンロードしてインストールし、すべて成功した場合にのみ環境をそのコピーで置き換えます。最後に、環境の Python で PyTorch パッケージをインポートします。Ctrl+C でキャンセルすると、環境は元のまま残ります。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>The Python to use: a version such as 3.12, or the path of an interpreter (default: the .venv&apos;s, else the first one found that the project admits).</source>
        <translation>使用する Python: 3.12 のようなバージョン、またはインタープリターのパス（デフォルト: .venv の Python。なければ、見つかったもののうちプロジェクトが許容する最初の Python）。</translation>
    </message>
    <message>
        <source>Include this extra&apos;s dependencies (repeatable).</source>
        <translation>このエクストラの依存関係を含めます（複数回指定できます）。</translation>
    </message>
    <message>
        <source>Include this dependency group (repeatable).</source>
        <translation>この依存関係グループを含めます（複数回指定できます）。</translation>
    </message>
    <message>
        <source>Do not import the PyTorch packages afterwards.</source>
        <translation>インストール後に PyTorch パッケージをインポートしません。</translation>
    </message>
    <message>
        <source>Show the planned change and stop.</source>
        <translation>予定されている変更を表示して終了します。</translation>
    </message>
    <message>
        <source>Use only what the index and wheel caches hold.</source>
        <translation>インデックスとホイールのキャッシュにあるものだけを使います。</translation>
    </message>
    <message>
        <source>Print JSON instead of tables.</source>
        <translation>表の代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>Cancelled after %1 was updated; it was not verified.</source>
        <translation>%1 の更新後にキャンセルされました。環境は検証されていません。</translation>
    </message>
    <message>
        <source>Cancelled; the environment is unchanged.</source>
        <translation>キャンセルされました。環境は変更されていません。</translation>
    </message>
    <message>
        <source>Synced %1 in %2 s</source>
        <translation>%1 を %2 秒で同期しました</translation>
    </message>
    <message>
        <source>The environment %1 is up to date.</source>
        <translation>環境 %1 は最新の状態です。</translation>
    </message>
    <message>
        <source>Not every PyTorch package imported in %1.</source>
        <translation>%1 で一部の PyTorch パッケージをインポートできませんでした。</translation>
    </message>
</context>
<context>
    <name>Akari::SyncExecutor</name>
    <message>
        <source>The index lists no file to install %1 %2 from.</source>
        <translation>インデックスに、%1 %2 のインストールに使えるファイルが記載されていません。</translation>
    </message>
    <message>
        <source>Downloaded %1 %2 (%3) in %4 s</source>
        <translation>%1 %2（%3）を %4 秒でダウンロードしました</translation>
    </message>
    <message>
        <source>The wheel of %1 was neither downloaded nor found in the cache %2.</source>
        <translation>%1 のホイールはダウンロードされておらず、キャッシュ %2 にも見つかりませんでした。</translation>
    </message>
    <message>
        <source>The environment %1 is up to date.</source>
        <translation>環境 %1 は最新の状態です。</translation>
    </message>
    <message>
        <source>Created the environment %1 with %2</source>
        <translation>%2 で環境 %1 を作成しました</translation>
    </message>
    <message>
        <source>Staging the change in %1</source>
        <translation>%1 に変更をステージング中</translation>
    </message>
    <message>
        <source>Removed %1 %2</source>
        <translation>%1 %2 を削除しました</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n package(s) in %1 s</source>
        <translation>
            <numerusform>%n 個のパッケージを %1 秒でインストールしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::SyncPanel</name>
    <message>
        <source>Python %1 (%2)</source>
        <comment>version (path)</comment>
        <translation>Python %1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>phase: item</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancel the Sync</source>
        <translation>同期のキャンセル</translation>
    </message>
    <message>
        <source>Stop uv? It may leave the environment partly synced.</source>
        <translation>uv を停止しますか？環境が一部だけ同期された状態になる可能性があります。</translation>
    </message>
    <message>
        <source>Cancel the sync? The environment stays as it was.</source>
        <translation>同期をキャンセルしますか？環境は元のまま残ります。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>bytes done of total</comment>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <comment>bytes done of total, rate</comment>
        <translation>%2 中 %1、%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, %3, about %n s left</source>
        <comment>bytes done of total, rate, time left</comment>
        <translation>
            <numerusform>%2 中 %1、%3、残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, %3, about %n min left</source>
        <comment>bytes done of total, rate, time left</comment>
        <translation>
            <numerusform>%2 中 %1、%3、残り約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>sync phase: amounts</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open a project to sync its environment.</source>
        <translation>プロジェクトを開くと、その環境を同期できます。</translation>
    </message>
    <message>
        <source>Working out what the sync would change…</source>
        <translation>同期による変更内容を確認しています…</translation>
    </message>
    <message>
        <source>uv sync is running; its output follows below.</source>
        <translation>uv sync を実行しています。出力は以下に表示されます。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同期しています…</translation>
    </message>
    <message>
        <source>uv sync finished.</source>
        <translation>uv sync が完了しました。</translation>
    </message>
    <message>
        <source>The environment is in sync (took %1 s).</source>
        <translation>環境を同期しました（所要時間 %1 秒）。</translation>
    </message>
    <message>
        <source>The environment is in sync.</source>
        <translation>環境は同期済みです。</translation>
    </message>
    <message>
        <source>uv sync failed; see the message above and the log.</source>
        <translation>uv sync が失敗しました。上のメッセージとログを確認してください。</translation>
    </message>
    <message>
        <source>The sync failed; the environment is as it was before.</source>
        <translation>同期に失敗しました。環境は元のままです。</translation>
    </message>
    <message>
        <source>uv sync was stopped.</source>
        <translation>uv sync を停止しました。</translation>
    </message>
    <message>
        <source>The sync was cancelled; the environment is as it was before.</source>
        <translation>同期はキャンセルされました。環境は元のままです。</translation>
    </message>
    <message>
        <source>A new environment will be created with %1.</source>
        <translation>%1 で新しい環境が作成されます。</translation>
    </message>
    <message>
        <source>The environment will be created again: %1</source>
        <translation>環境が再作成されます: %1</translation>
    </message>
    <message>
        <source>To download: %1.</source>
        <translation>ダウンロード予定: %1。</translation>
    </message>
    <message>
        <source>Nothing to change: the environment already matches the project.</source>
        <translation>変更はありません。環境はすでにプロジェクトと一致しています。</translation>
    </message>
    <message>
        <source>Plan the sync to see what it changes before anything is installed.</source>
        <translation>同期を計画すると、インストールを始める前に変更内容を確認できます。</translation>
    </message>
    <message>
        <source>E&amp;xtra:</source>
        <translation>エクストラ(&amp;X):</translation>
    </message>
    <message>
        <source>P&amp;ython:</source>
        <translation>Python(&amp;Y):</translation>
    </message>
    <message>
        <source>No extras</source>
        <translation>エクストラなし</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Extra to install</source>
        <translation>インストールするエクストラ</translation>
    </message>
    <message>
        <source>Python for the environment</source>
        <translation>環境の Python</translation>
    </message>
    <message>
        <source>Automatic: the environment’s Python, else the best match for the project’s requires-python</source>
        <translation>自動: 環境の Python。なければ、プロジェクトの requires-python に最も適合する Python</translation>
    </message>
    <message>
        <source>&amp;Plan Sync</source>
        <translation>同期を計画(&amp;P)</translation>
    </message>
    <message>
        <source>Work out what a sync would change, without changing anything</source>
        <translation>何も変更せずに、同期による変更内容を確認します</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同期(&amp;S)</translation>
    </message>
    <message>
        <source>Carry out the planned change</source>
        <translation>予定されている変更を実行します</translation>
    </message>
    <message>
        <source>Sync with &amp;uv</source>
        <translation>uv で同期(&amp;U)</translation>
    </message>
    <message>
        <source>Run uv sync for this project instead</source>
        <translation>代わりに、このプロジェクトで uv sync を実行します</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the sync; the environment stays as it was</source>
        <translation>同期を中止します。環境は元のまま残ります</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>同期の進捗</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>同期の状態</translation>
    </message>
    <message>
        <source>Planned change</source>
        <translation>予定されている変更</translation>
    </message>
    <message>
        <source>Progress per package</source>
        <translation>パッケージごとの進捗</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>同期ログ</translation>
    </message>
</context>
<context>
    <name>Akari::SyncPlan</name>
    <message numerus="yes">
        <source>%n to install</source>
        <comment>sync summary part</comment>
        <translation>
            <numerusform>インストール %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to upgrade</source>
        <comment>sync summary part</comment>
        <translation>
            <numerusform>アップグレード %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to downgrade</source>
        <comment>sync summary part</comment>
        <translation>
            <numerusform>ダウングレード %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to reinstall</source>
        <comment>sync summary part</comment>
        <translation>
            <numerusform>再インストール %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to remove</source>
        <comment>sync summary part</comment>
        <translation>
            <numerusform>削除 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>sync summary part</comment>
        <translation>
            <numerusform>変更なし %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>No packages to install</source>
        <translation>インストールするパッケージはありません</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between the parts of a sync summary</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Akari::SyncPlanModel</name>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>Akari::SyncProgress</name>
    <message>
        <source>Finding Python</source>
        <translation>Python を検索中</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>解決中</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>計画中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>インストール中</translation>
    </message>
    <message>
        <source>Replacing the environment</source>
        <translation>環境を置き換え中</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>検証中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>package stage</comment>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <comment>package stage</comment>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <comment>package stage</comment>
        <translation>展開中</translation>
    </message>
    <message>
        <source>Installing</source>
        <comment>package stage</comment>
        <translation>インストール中</translation>
    </message>
    <message>
        <source>Removing</source>
        <comment>package stage</comment>
        <translation>削除中</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>package stage</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>package stage</comment>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>Akari::SyncProgressModel</name>
    <message>
        <source>%1 of %2</source>
        <comment>bytes done of total</comment>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>transfer rate</comment>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>package version</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>In the cache</source>
        <translation>キャッシュ済み</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速度</translation>
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
    <name>Akari::TargetEnvironment</name>
    <message>
        <source>%1 %2 on %3 (%4)</source>
        <translation>%3（%4）の %1 %2</translation>
    </message>
    <message>
        <source>“%1” is not an architecture Akari knows for %2 (use %3).</source>
        <translation>「%1」は、Akari が認識している %2 のアーキテクチャではありません（%3 を使用してください）。</translation>
    </message>
    <message>
        <source>The Python interpreter “%1” reports the version “%2”, which is not a valid version.</source>
        <translation>Python インタープリター「%1」が報告したバージョン「%2」は正しいバージョンではありません。</translation>
    </message>
</context>
<context>
    <name>Akari::TargetPlatform</name>
    <message>
        <source>Linux (musl)</source>
        <translation>Linux（musl）</translation>
    </message>
</context>
<context>
    <name>Akari::TomlDocument</name>
    <message>
        <source>This is not valid TOML: %1</source>
        <translation>TOML として正しくありません: %1</translation>
    </message>
</context>
<context>
    <name>Akari::TomlEditor</name>
    <message>
        <source>“%1” is written inside an inline table; Akari cannot remove it.</source>
        <translation>「%1」はインラインテーブル内に書かれているため、Akari では削除できません。</translation>
    </message>
    <message>
        <source>“%1” has a section of its own; remove the section instead.</source>
        <translation>「%1」には専用のセクションがあります。代わりにそのセクションを削除してください。</translation>
    </message>
    <message>
        <source>“%1” is not a table; Akari cannot add “%2” to it.</source>
        <translation>「%1」はテーブルではないため、Akari では「%2」を追加できません。</translation>
    </message>
    <message>
        <source>“%1” is written as an inline table; Akari cannot add “%2” to it.</source>
        <translation>「%1」はインラインテーブルとして書かれているため、Akari では「%2」を追加できません。</translation>
    </message>
    <message>
        <source>Two edits of the TOML text overlap.</source>
        <translation>TOML テキストに対する 2 つの編集が重なっています。</translation>
    </message>
</context>
<context>
    <name>Akari::TorchAvailability</name>
    <message>
        <source>No index client was given for checking PyTorch builds.</source>
        <translation>PyTorch ビルドの確認に使うインデックスクライアントが指定されていません。</translation>
    </message>
    <message>
        <source>“%1” is not a Python version such as 3.12.</source>
        <translation>「%1」は 3.12 のような Python バージョンではありません。</translation>
    </message>
    <message>
        <source>“%1” is not a valid package name.</source>
        <translation>「%1」は正しいパッケージ名ではありません。</translation>
    </message>
    <message>
        <source>The index URL “%1” for %2 is not valid.</source>
        <translation>%2 のインデックス URL「%1」が正しくありません。</translation>
    </message>
    <message>
        <source>“%1” is not a PyTorch backend (pypi, cpu, cu128, rocm6.4, xpu, ...).</source>
        <translation>「%1」は PyTorch のバックエンド（pypi、cpu、cu128、rocm6.4、xpu など）ではありません。</translation>
    </message>
    <message>
        <source>Reading package indexes</source>
        <translation>パッケージインデックスを読み込み中</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Could not read %1 from the %2 index (%3): %4</source>
        <translation>%2 インデックス（%3）から %1 を読み込めませんでした: %4</translation>
    </message>
    <message>
        <source>Checking which PyTorch builds exist</source>
        <translation>存在する PyTorch ビルドを確認中</translation>
    </message>
</context>
<context>
    <name>Akari::TorchBackend</name>
    <message>
        <source>CUDA %1</source>
        <translation>CUDA %1</translation>
    </message>
    <message>
        <source>ROCm %1</source>
        <translation>ROCm %1</translation>
    </message>
    <message>
        <source>Intel XPU</source>
        <translation>Intel XPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>PyTorch built with CUDA %1 for NVIDIA GPUs; the NVIDIA driver must be new enough for it.</source>
        <translation>NVIDIA GPU 向けに CUDA %1 でビルドされた PyTorch です。これに対応する新しさの NVIDIA ドライバーが必要です。</translation>
    </message>
    <message>
        <source>PyTorch built with ROCm %1 for AMD GPUs on Linux; an old line that uv&apos;s automatic choice never picks.</source>
        <translation>Linux 上の AMD GPU 向けに ROCm %1 でビルドされた PyTorch です。古い系列のため、uv の自動選択で選ばれることはありません。</translation>
    </message>
    <message>
        <source>PyTorch built with ROCm %1 for AMD GPUs on Linux.</source>
        <translation>Linux 上の AMD GPU 向けに ROCm %1 でビルドされた PyTorch です。</translation>
    </message>
    <message>
        <source>PyTorch built for Intel GPUs (Arc, Data Center GPU Max, Xe integrated graphics) on Linux and Windows.</source>
        <translation>Linux と Windows 上の Intel GPU（Arc、Data Center GPU Max、Xe 内蔵グラフィックス）向けにビルドされた PyTorch です。</translation>
    </message>
    <message>
        <source>PyTorch built for the processor only: runs everywhere and uses no GPU.</source>
        <translation>プロセッサ専用にビルドされた PyTorch です。どこでも動作し、GPU は使いません。</translation>
    </message>
</context>
<context>
    <name>Akari::TorchPlan</name>
    <message>
        <source>The plan covers no packages.</source>
        <translation>構成の対象となるパッケージがありません。</translation>
    </message>
    <message>
        <source>“%1” is not a PyTorch backend.</source>
        <translation>「%1」は PyTorch のバックエンドではありません。</translation>
    </message>
    <message>
        <source>A plan with variants needs at least one variant.</source>
        <translation>バリアントを使う構成には、バリアントが 1 つ以上必要です。</translation>
    </message>
    <message>
        <source>A variant needs a name.</source>
        <translation>バリアントには名前が必要です。</translation>
    </message>
    <message>
        <source>Two variants are called “%1”.</source>
        <translation>「%1」という名前のバリアントが 2 つあります。</translation>
    </message>
</context>
<context>
    <name>Akari::TorchPlanReader</name>
    <message>
        <source>The marker of a source of “%1” cannot be evaluated: %2</source>
        <translation>「%1」のソースのマーカーを評価できません: %2</translation>
    </message>
    <message>
        <source>On %1 a source of “%2” depends on the machine or the Python version, which a plan cannot express.</source>
        <translation>%1 では「%2」のソースがマシンや Python のバージョンによって変わります。これは構成として表現できません。</translation>
    </message>
    <message>
        <source>On %1 “%2” comes from a “%3” source, not from a package index.</source>
        <translation>%1 では「%2」はパッケージインデックスではなく、「%3」ソースから取得されます。</translation>
    </message>
    <message>
        <source>A source of “%1” names the index “%2”, which no [[tool.uv.index]] defines.</source>
        <translation>「%1」のソースはインデックス「%2」を指定していますが、このインデックスはどの [[tool.uv.index]] にも定義されていません。</translation>
    </message>
    <message>
        <source>“%1” comes from the index “%2” (%3), which is neither PyPI nor one of PyTorch&apos;s backend indexes.</source>
        <translation>「%1」はインデックス「%2」（%3）から取得されますが、このインデックスは PyPI でも PyTorch のバックエンドインデックスでもありません。</translation>
    </message>
    <message>
        <source>On %1 more than one source of “%2” applies.</source>
        <translation>%1 では「%2」のソースが複数適用されます。</translation>
    </message>
    <message>
        <source>A source of “%1” applies without an extra or a group, which a plan with variants cannot express.</source>
        <translation>「%1」のソースに、エクストラもグループも指定せずに適用されるものがあります。これはバリアントを使う構成では表現できません。</translation>
    </message>
    <message>
        <source>The sources of “%1” use “%2” both as an extra and as a group.</source>
        <translation>「%1」のソースで、「%2」がエクストラとしてもグループとしても使われています。</translation>
    </message>
    <message>
        <source>With “%1”, “%2” does not come from the same backends as “%3”; a plan gives every package of a variant the same backends.</source>
        <translation>「%1」では、「%2」の取得元のバックエンドが「%3」と異なります。構成では、バリアント内のすべてのパッケージに同じバックエンドが割り当てられます。</translation>
    </message>
</context>
<context>
    <name>Akari::TorchPlanWriter</name>
    <message>
        <source>Akari leaves the sources of “%1” as they are written, so the plan cannot include it. Remove it from the plan, or simplify its [tool.uv.sources] entry by hand first.</source>
        <translation>Akari は「%1」のソースを記述どおりに残すため、このパッケージを構成に含めることはできません。構成から外すか、先に [tool.uv.sources] のエントリーを手作業で単純にしてください。</translation>
    </message>
    <message>
        <source>Akari could not write this plan into the file without breaking it (%1). The file was not changed.</source>
        <translation>Akari はファイルを壊さずにこの構成を書き込むことができませんでした（%1）。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Akari could not express this plan in the file&apos;s layout; the file was not changed.</source>
        <translation>Akari はこの構成をファイルのレイアウトに合わせて表現できませんでした。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Variants are extras of the project, but this file has no [project] table (a workspace root, perhaps). Configure the member projects, or use one backend per platform.</source>
        <translation>バリアントはプロジェクトのエクストラですが、このファイルには [project] テーブルがありません（ワークスペースのルートかもしれません）。メンバーのプロジェクトを構成するか、プラットフォームごとに 1 つのバックエンドを使ってください。</translation>
    </message>
</context>
<context>
    <name>Akari::TreeCloner</name>
    <message>
        <source>“%1” is not a folder that can be copied.</source>
        <translation>「%1」はコピーできるフォルダーではありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”: %2</source>
        <translation>フォルダー「%1」を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot read the folder “%1”: %2</source>
        <translation>フォルダー「%1」を読み取れません: %2</translation>
    </message>
    <message>
        <source>Cannot recreate the symbolic link “%1” as “%2”: %3</source>
        <translation>シンボリックリンク「%1」を「%2」として再作成できません: %3</translation>
    </message>
    <message>
        <source>Cannot set the permissions of “%1”: %2</source>
        <translation>「%1」のアクセス許可を設定できません: %2</translation>
    </message>
    <message>
        <source>Cannot delete the folder “%1”: %2</source>
        <translation>フォルダー「%1」を削除できません: %2</translation>
    </message>
    <message>
        <source>Cannot rename “%1” to “%2”: the name is taken.</source>
        <translation>「%1」の名前を「%2」に変更できません: その名前はすでに使われています。</translation>
    </message>
    <message>
        <source>Cannot rename “%1” to “%2”: %3</source>
        <translation>「%1」の名前を「%2」に変更できません: %3</translation>
    </message>
</context>
<context>
    <name>Akari::UserPrompts</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>「%1」への変更を保存しますか？</translation>
    </message>
    <message>
        <source>If you don’t save, the PyTorch setup you chose is lost.</source>
        <translation>保存しない場合、選択した PyTorch の構成は失われます。</translation>
    </message>
</context>
<context>
    <name>Akari::UvSync</name>
    <message>
        <source>Syncing with uv</source>
        <translation>uv で同期</translation>
    </message>
    <message>
        <source>Could not run “%1” in %2: %3</source>
        <translation>%2 で「%1」を実行できませんでした: %3</translation>
    </message>
    <message>
        <source>“%1” in %2 crashed. Its last output:
%3</source>
        <translation>%2 で実行した「%1」がクラッシュしました。最後の出力:
%3</translation>
    </message>
    <message>
        <source>“%1” in %2 failed with exit code %3. Its last output:
%4</source>
        <translation>%2 で実行した「%1」が終了コード %3 で失敗しました。最後の出力:
%4</translation>
    </message>
</context>
<context>
    <name>Akari::VariantsEditor</name>
    <message>
        <source>PyPI&apos;s default builds</source>
        <translation>PyPI のデフォルトビルド</translation>
    </message>
    <message>
        <source>%1 is already offered.</source>
        <translation>%1 はすでに提供されています。</translation>
    </message>
    <message>
        <source>Another variant is already called “%1”.</source>
        <translation>「%1」という名前のバリアントはすでにあります。</translation>
    </message>
    <message>
        <source>A variant needs a name.</source>
        <translation>バリアントには名前が必要です。</translation>
    </message>
    <message>
        <source>“%1” cannot name an extra: use letters, digits, “-”, “_” and “.”, starting and ending with a letter or digit.</source>
        <translation>「%1」はエクストラの名前に使えません。英字、数字、「-」、「_」、「.」を使い、先頭と末尾は英字か数字にしてください。</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>バックエンド</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>エクストラ</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>バリアント</translation>
    </message>
    <message>
        <source>The backends the project offers; users choose one when they sync</source>
        <translation>プロジェクトが提供するバックエンド（ユーザーは同期時にいずれかを選択）</translation>
    </message>
    <message>
        <source>Backend of “%1”</source>
        <translation>「%1」のバックエンド</translation>
    </message>
    <message>
        <source>The dependency group that selects this variant</source>
        <translation>このバリアントを選択する依存関係グループ</translation>
    </message>
    <message>
        <source>The extra that selects this variant</source>
        <translation>このバリアントを選択するエクストラ</translation>
    </message>
    <message>
        <source>“%1” on %2</source>
        <translation>%2 の「%1」</translation>
    </message>
    <message>
        <source>This variant uses PyPI&apos;s default builds everywhere.</source>
        <translation>このバリアントはすべてのプラットフォームで PyPI のデフォルトビルドを使います。</translation>
    </message>
    <message>
        <source>PyTorch publishes no %1 builds for %2; this variant gets PyPI&apos;s builds there.</source>
        <translation>PyTorch は %2 向けの %1 ビルドを公開していないため、このバリアントは %2 では PyPI のビルドを使います。</translation>
    </message>
    <message>
        <source>Whether “%1” uses %2 on %3; unchecked, %3 gets PyPI&apos;s default builds.</source>
        <translation>「%1」が %3 で %2 を使うかどうか。オフにすると、%3 では PyPI のデフォルトビルドを使います。</translation>
    </message>
    <message>
        <source>The command that installs this variant</source>
        <translation>このバリアントをインストールするコマンド</translation>
    </message>
    <message>
        <source>Add a &amp;variant:</source>
        <translation>バリアントを追加(&amp;V):</translation>
    </message>
    <message>
        <source>Choose a backend</source>
        <translation>バックエンドを選択</translation>
    </message>
    <message>
        <source>Backend of the new variant</source>
        <translation>新しいバリアントのバックエンド</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Offer the chosen backend as a new extra</source>
        <translation>選択したバックエンドを新しいエクストラとして提供します</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected variant</source>
        <translation>選択したバリアントを削除します</translation>
    </message>
    <message>
        <source>Akari keeps these extras apart with [tool.uv] conflicts: %1. uv resolves each on its own, and only one can be installed at a time.</source>
        <translation>Akari は [tool.uv] conflicts でこれらのエクストラを互いに分けています: %1。uv はそれぞれを個別に解決し、一度にインストールできるのは 1 つだけです。</translation>
    </message>
    <message>
        <source>With a single variant, “%1”, Akari writes no conflicts: there is nothing to keep apart.</source>
        <translation>バリアントは「%1」の 1 つだけで分ける対象がないため、Akari は conflicts を書き込みません。</translation>
    </message>
    <message>
        <source>No variants yet: add a backend to offer it as an extra that users choose when they sync.</source>
        <translation>バリアントはまだありません。バックエンドを追加すると、ユーザーが同期時に選べるエクストラとして提供されます。</translation>
    </message>
</context>
<context>
    <name>Akari::VerificationCard</name>
    <message>
        <source>Could not verify the environment: %1</source>
        <translation>環境を検証できませんでした: %1</translation>
    </message>
    <message>
        <source>The environment works.</source>
        <translation>環境は正常に動作しています。</translation>
    </message>
    <message>
        <source>Some packages could not be imported.</source>
        <translation>一部のパッケージをインポートできませんでした。</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <source>CUDA %1</source>
        <translation>CUDA %1</translation>
    </message>
    <message>
        <source>ROCm (HIP %1)</source>
        <translation>ROCm（HIP %1）</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU 専用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>はい: %1</translation>
    </message>
    <message>
        <source>No: PyTorch sees no GPU</source>
        <translation>いいえ: PyTorch が GPU を認識していません</translation>
    </message>
    <message>
        <source>Not used by a CPU-only build</source>
        <translation>CPU 専用ビルドでは使用しません</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <comment>module, error</comment>
        <translation>%1 のインポートに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>module version</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <source>PyTorch:</source>
        <translation>PyTorch:</translation>
    </message>
    <message>
        <source>Built for:</source>
        <translation>ビルド対象:</translation>
    </message>
    <message>
        <source>GPU seen:</source>
        <translation>GPU の認識:</translation>
    </message>
    <message>
        <source>Imports:</source>
        <translation>インポート:</translation>
    </message>
    <message>
        <source>Verification of the environment</source>
        <translation>環境の検証</translation>
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
    <name>Akari::VirtualEnvironmentBuilder</name>
    <message>
        <source>Could not write “%1” while creating the virtual environment: %2</source>
        <translation>仮想環境の作成中に「%1」を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>フォルダーを作成できませんでした</translation>
    </message>
    <message>
        <source>neither a link to nor a copy of “%1” could be made</source>
        <translation>「%1」へのリンクもコピーも作成できませんでした</translation>
    </message>
    <message>
        <source>the file could not be copied</source>
        <translation>ファイルをコピーできませんでした</translation>
    </message>
    <message>
        <source>Cannot create a virtual environment at “%1”: a file is in the way.</source>
        <translation>「%1」に仮想環境を作成できません: 同じ名前のファイルがあります。</translation>
    </message>
    <message>
        <source>Cannot create a virtual environment at “%1”: the folder exists and is not empty.</source>
        <translation>「%1」に仮想環境を作成できません: フォルダーがすでに存在し、空ではありません。</translation>
    </message>
    <message>
        <source>Cannot create a virtual environment: the base interpreter “%1” does not exist.</source>
        <translation>仮想環境を作成できません: ベースインタープリター「%1」が存在しません。</translation>
    </message>
    <message>
        <source>the link could not be made</source>
        <translation>リンクを作成できませんでした</translation>
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
    <name>Akari::WheelArchive</name>
    <message>
        <source>Cannot read the wheel %1: %2</source>
        <translation>ホイール %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The wheel %1 does not exist.</source>
        <translation>ホイール %1 は存在しません。</translation>
    </message>
    <message>
        <source>Cannot read the wheel %1: out of memory.</source>
        <translation>ホイール %1 を読み取れません: メモリが不足しています。</translation>
    </message>
    <message>
        <source>The wheel %1 has a member &apos;%2&apos; with more data than its header declares (%3 bytes).</source>
        <translation>ホイール %1 のメンバー「%2」のデータが、ヘッダーで宣言されたサイズ（%3 バイト）を超えています。</translation>
    </message>
    <message>
        <source>The wheel %1 has a member whose name is not UTF-8.</source>
        <translation>ホイール %1 に、名前が UTF-8 ではないメンバーがあります。</translation>
    </message>
    <message numerus="yes">
        <source>The wheel %1 has more than %n member(s), the limit; the first one over it is &apos;%2&apos;.</source>
        <translation>
            <numerusform>ホイール %1 のメンバー数が上限の %n 個を超えています。上限を超えた最初のメンバーは「%2」です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The wheel %1 has the member &apos;%2&apos; twice.</source>
        <translation>ホイール %1 にメンバー「%2」が 2 つあります。</translation>
    </message>
    <message>
        <source>The wheel %1 has a member &apos;%2&apos; that does not declare its size.</source>
        <translation>ホイール %1 のメンバー「%2」のサイズが宣言されていません。</translation>
    </message>
    <message>
        <source>The wheel %1 has a member &apos;%2&apos; of %3 bytes, more than the limit of %4 bytes.</source>
        <translation>ホイール %1 のメンバー「%2」は %3 バイトで、上限の %4 バイトを超えています。</translation>
    </message>
    <message>
        <source>The wheel %1 unpacks to more than the limit of %2 bytes (at member &apos;%3&apos;).</source>
        <translation>ホイール %1 の展開後のサイズが上限の %2 バイトを超えています（メンバー「%3」の時点）。</translation>
    </message>
    <message>
        <source>The wheel %1 has more than one .dist-info folder: %2.</source>
        <translation>ホイール %1 に .dist-info フォルダーが複数あります: %2。</translation>
    </message>
    <message>
        <source>The wheel %1 has no .dist-info folder (expected &apos;%2&apos;).</source>
        <translation>ホイール %1 に .dist-info フォルダーがありません（「%2」が必要です）。</translation>
    </message>
    <message>
        <source>The wheel %1 has the folder &apos;%2&apos;, which does not match its file name&apos;s project and version (expected &apos;%3&apos;).</source>
        <translation>ホイール %1 のフォルダー「%2」が、ファイル名のプロジェクトとバージョンに一致しません（「%3」が必要です）。</translation>
    </message>
    <message>
        <source>The wheel %1 has no &apos;%2&apos;.</source>
        <translation>ホイール %1 に「%2」がありません。</translation>
    </message>
    <message>
        <source>The wheel %1 has an unreadable &apos;%2&apos;: %3</source>
        <translation>ホイール %1 の「%2」を読み取れません: %3</translation>
    </message>
    <message>
        <source>The wheel %1 has Wheel-Version %2.%3 in &apos;%4&apos;; only version 1 is supported.</source>
        <translation>ホイール %1 の「%4」の Wheel-Version は %2.%3 です。対応しているのはバージョン 1 だけです。</translation>
    </message>
    <message>
        <source>The wheel %1 has &apos;%2&apos; for %3 %4, which does not match its file name.</source>
        <translation>ホイール %1 の「%2」は %3 %4 用であり、ファイル名と一致しません。</translation>
    </message>
    <message>
        <source>The wheel %1 has an unreadable &apos;%2&apos; (line %3): %4</source>
        <translation>ホイール %1 の「%2」を読み取れません（%3 行目）: %4</translation>
    </message>
    <message>
        <source>The wheel %1 has a member &apos;%2&apos; that its RECORD does not list.</source>
        <translation>ホイール %1 のメンバー「%2」が RECORD に記載されていません。</translation>
    </message>
    <message>
        <source>The wheel %1 lists no hash for the member &apos;%2&apos; in its RECORD.</source>
        <translation>ホイール %1 の RECORD に、メンバー「%2」のハッシュが記載されていません。</translation>
    </message>
    <message>
        <source>The wheel %1 has a member &apos;%2&apos; of %3 bytes, but its RECORD says %4 bytes.</source>
        <translation>ホイール %1 のメンバー「%2」は %3 バイトですが、RECORD には %4 バイトと記載されています。</translation>
    </message>
    <message>
        <source>The wheel %1 lists the member &apos;%2&apos; with the unsupported hash &apos;%3&apos; in its RECORD.</source>
        <translation>ホイール %1 の RECORD で、メンバー「%2」に対応していないハッシュ「%3」が指定されています。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot read the member &apos;%1&apos; of the wheel %2: %3</source>
        <translation>ホイール %2 のメンバー「%1」を読み取れません: %3</translation>
    </message>
    <message>
        <source>The wheel %1 has a member &apos;%2&apos; of %3 bytes, but its header declares %4 bytes.</source>
        <translation>ホイール %1 のメンバー「%2」は %3 バイトですが、ヘッダーでは %4 バイトと宣言されています。</translation>
    </message>
    <message>
        <source>The wheel %1 has a member &apos;%2&apos; whose hash %3 differs from its RECORD&apos;s %4.</source>
        <translation>ホイール %1 のメンバー「%2」のハッシュ %3 が、RECORD に記載された %4 と一致しません。</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1: %2</source>
        <translation>%1 のアクセス許可を設定できません: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The wheel %1 changed while it was being unpacked.</source>
        <translation>ホイール %1 が展開中に変更されました。</translation>
    </message>
</context>
<context>
    <name>Akari::WheelCache</name>
    <message>
        <source>Cannot read the wheel %1: %2</source>
        <translation>ホイール %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sha256 digest (64 hexadecimal digits) for the wheel %2.</source>
        <translation>「%1」はホイール %2 の sha256 ダイジェスト（16 進数 64 桁）ではありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>%1 に一時フォルダーを作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot move the unpacked wheel %1 into place at %2.</source>
        <translation>展開したホイール %1 を %2 に移動できません。</translation>
    </message>
    <message>
        <source>Cannot remove the wheel cache %1.</source>
        <translation>ホイールキャッシュ %1 を削除できません。</translation>
    </message>
</context>
<context>
    <name>Akari::WheelDownloader</name>
    <message>
        <source>Could not download %1: %2</source>
        <translation>%1 をダウンロードできませんでした: %2</translation>
    </message>
    <message>
        <source>Could not download %1 from %2: the server answered HTTP %3.</source>
        <translation>%2 から %1 をダウンロードできませんでした: サーバーが HTTP %3 を返しました。</translation>
    </message>
    <message>
        <source>Could not download %1 from %2: the server refused every byte range.</source>
        <translation>%2 から %1 をダウンロードできませんでした: サーバーがすべてのバイト範囲の要求を拒否しました。</translation>
    </message>
    <message>
        <source>The download of %1 from %2 ended after %3 of %4 bytes.</source>
        <translation>%2 からの %1 のダウンロードが、%4 バイト中 %3 バイトの時点で終了しました。</translation>
    </message>
    <message>
        <source>The file %1 downloaded from %2 does not have the index&apos;s sha256 digest: expected %3, got %4.</source>
        <translation>%2 からダウンロードしたファイル %1 の sha256 ダイジェストがインデックスの値と一致しません: 期待値 %3、実際の値 %4。</translation>
    </message>
    <message>
        <source>Could not move %1 to %2: %3</source>
        <translation>%1 を %2 に移動できませんでした: %3</translation>
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
    <name>Akari::WheelInstaller</name>
    <message>
        <source>The wheel %1 has a file directly in its data folder: %2</source>
        <translation>ホイール %1 のデータフォルダー直下にファイルがあります: %2</translation>
    </message>
    <message>
        <source>The wheel %1 has an unknown data folder &quot;%2&quot;: %3</source>
        <translation>ホイール %1 に不明なデータフォルダー「%2」があります: %3</translation>
    </message>
    <message>
        <source>Cannot install %1: %2 already exists (another distribution owns it).</source>
        <translation>%1 をインストールできません: %2 はすでに存在します（別のディストリビューションが所有しています）。</translation>
    </message>
    <message>
        <source>Cannot replace %1 while installing %2.</source>
        <translation>%2 のインストール中に %1 を置き換えられません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 executable.</source>
        <translation>%1 を実行可能にできません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Cannot install %1: the environment&apos;s layout is incomplete.</source>
        <translation>%1 をインストールできません: 環境のフォルダー構成が不完全です。</translation>
    </message>
    <message>
        <source>The wheel %1 lists a path that leaves its folder: %2</source>
        <translation>ホイール %1 に、フォルダーの外を指すパスが記載されています: %2</translation>
    </message>
    <message>
        <source>Cannot install %1: %2</source>
        <translation>%1 をインストールできません: %2</translation>
    </message>
    <message>
        <source>Windows .exe launchers are not written; the entry points of %1 are -script.py files.</source>
        <translation>Windows の .exe ランチャーは作成されません。%1 のエントリーポイントは -script.py ファイルになります。</translation>
    </message>
    <message>
        <source>Cannot uninstall %1: %2 is not a folder in the environment %3.</source>
        <translation>%1 をアンインストールできません: %2 は環境 %3 内のフォルダーではありません。</translation>
    </message>
    <message>
        <source>Cannot uninstall %1: its RECORD cannot be read: %2</source>
        <translation>%1 をアンインストールできません: RECORD を読み取れません: %2</translation>
    </message>
    <message>
        <source>Refusing to uninstall %1: its RECORD lists %2, which is outside the environment %3.</source>
        <translation>%1 はアンインストールしません: RECORD に、環境 %3 の外にある %2 が記載されています。</translation>
    </message>
    <message>
        <source>Cannot remove %1 while uninstalling %2.</source>
        <translation>%2 のアンインストール中に %1 を削除できません。</translation>
    </message>
</context>
<context>
    <name>Akari::WheelMemberRules</name>
    <message>
        <source>The wheel %1 has a member &apos;%2&apos; with an unsafe path: %3.</source>
        <translation>ホイール %1 のメンバー「%2」のパスは安全ではありません: %3。</translation>
    </message>
    <message>
        <source>The wheel %1 has a member &apos;%2&apos; that is a hard link.</source>
        <translation>ホイール %1 のメンバー「%2」はハードリンクです。</translation>
    </message>
    <message>
        <source>The wheel %1 has a member &apos;%2&apos; that is a symbolic link.</source>
        <translation>ホイール %1 のメンバー「%2」はシンボリックリンクです。</translation>
    </message>
    <message>
        <source>The wheel %1 has a member &apos;%2&apos; that is a device, FIFO or socket, not a file.</source>
        <translation>ホイール %1 のメンバー「%2」はファイルではなく、デバイス、FIFO、ソケットのいずれかです。</translation>
    </message>
    <message>
        <source>The wheel %1 has a member &apos;%2&apos; whose type does not match its name.</source>
        <translation>ホイール %1 のメンバー「%2」の種類が名前と一致しません。</translation>
    </message>
    <message>
        <source>The wheel %1 has an encrypted member &apos;%2&apos;.</source>
        <translation>ホイール %1 のメンバー「%2」は暗号化されています。</translation>
    </message>
    <message>
        <source>Cannot read the wheel %1: %2</source>
        <translation>ホイール %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名前が空です</translation>
    </message>
    <message>
        <source>it contains a backslash</source>
        <translation>バックスラッシュが含まれています</translation>
    </message>
    <message>
        <source>it is an absolute path</source>
        <translation>絶対パスです</translation>
    </message>
    <message>
        <source>it starts with a drive letter</source>
        <translation>ドライブ文字で始まっています</translation>
    </message>
    <message>
        <source>it has an empty path component</source>
        <translation>空のパス要素があります</translation>
    </message>
    <message>
        <source>it has a &apos;..&apos; component</source>
        <translation>パス要素「..」が含まれています</translation>
    </message>
    <message>
        <source>it has a &apos;.&apos; component</source>
        <translation>パス要素「.」が含まれています</translation>
    </message>
    <message>
        <source>it contains a control character</source>
        <translation>制御文字が含まれています</translation>
    </message>
    <message>
        <source>the name is reserved for Akari&apos;s wheel cache</source>
        <translation>この名前は Akari のホイールキャッシュ用に予約されています</translation>
    </message>
</context>
<context>
    <name>Akari::WheelMetadataFiles</name>
    <message>
        <source>Expected &apos;Key: value&apos; in WHEEL, found &apos;%1&apos;.</source>
        <translation>WHEEL には「Key: value」形式の行が必要ですが、「%1」がありました。</translation>
    </message>
    <message>
        <source>The Wheel-Version &apos;%1&apos; is not &apos;major.minor&apos;.</source>
        <translation>Wheel-Version「%1」は「major.minor」形式ではありません。</translation>
    </message>
    <message>
        <source>WHEEL has no Wheel-Version.</source>
        <translation>WHEEL に Wheel-Version がありません。</translation>
    </message>
    <message>
        <source>Expected &apos;name = module:object&apos; in the [%1] section, found &apos;%2&apos;.</source>
        <translation>[%1] セクションには「name = module:object」形式の行が必要ですが、「%2」がありました。</translation>
    </message>
</context>
<context>
    <name>Akari::WindowState</name>
    <message>
        <source>Could not save the window layout to %1.</source>
        <translation>ウィンドウのレイアウトを %1 に保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>Akari::WindowsDeviceList</name>
    <message>
        <source>Windows could not tell how long its list of display adapters is (Configuration Manager error %1).</source>
        <translation>Windows がディスプレイアダプター一覧の長さを取得できませんでした（構成マネージャーのエラー %1）。</translation>
    </message>
    <message>
        <source>Windows could not list its display adapters (Configuration Manager error %1).</source>
        <translation>Windows がディスプレイアダプターを列挙できませんでした（構成マネージャーのエラー %1）。</translation>
    </message>
    <message>
        <source>The list of display adapters kept changing while Windows was asked for it.</source>
        <translation>Windows に問い合わせている間、ディスプレイアダプターの一覧が変化し続けました。</translation>
    </message>
</context>
<context>
    <name>Akari::ZipCentralDirectory</name>
    <message numerus="yes">
        <source>%1 is not a zip file: it is only %n byte(s) long.</source>
        <translation>
            <numerusform>%1 は zip ファイルではありません: 長さが %n バイトしかありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a zip file: it has no end of central directory record.</source>
        <translation>%1 は zip ファイルではありません: セントラルディレクトリ終端レコードがありません。</translation>
    </message>
    <message>
        <source>%1 is a zip archive split over several disks, which is not supported.</source>
        <translation>%1 は複数のディスクに分割された zip アーカイブです。これには対応していません。</translation>
    </message>
    <message>
        <source>The zip file %1 is damaged: its zip64 end record lies outside the file.</source>
        <translation>zip ファイル %1 は破損しています: zip64 終端レコードがファイルの範囲外にあります。</translation>
    </message>
    <message>
        <source>The zip file %1 is damaged: its zip64 end record is unreadable.</source>
        <translation>zip ファイル %1 は破損しています: zip64 終端レコードを読み取れません。</translation>
    </message>
    <message>
        <source>The zip file %1 is damaged: its central directory lies outside the file.</source>
        <translation>zip ファイル %1 は破損しています: セントラルディレクトリがファイルの範囲外にあります。</translation>
    </message>
    <message>
        <source>The zip file %1 has a central directory larger than %2 MiB.</source>
        <translation>zip ファイル %1 のセントラルディレクトリが %2 MiB を超えています。</translation>
    </message>
    <message numerus="yes">
        <source>The zip file %1 is damaged: its central directory is too small for %n member(s).</source>
        <translation>
            <numerusform>zip ファイル %1 は破損しています: セントラルディレクトリが %n 個のメンバーを格納するには小さすぎます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The zip file %1 is damaged: its central directory is cut short.</source>
        <translation>zip ファイル %1 は破損しています: セントラルディレクトリが途中で切れています。</translation>
    </message>
    <message>
        <source>The zip file %1 is damaged: central directory entry %2 is unreadable.</source>
        <translation>zip ファイル %1 は破損しています: セントラルディレクトリのエントリ %2 を読み取れません。</translation>
    </message>
    <message>
        <source>The zip file %1 is damaged: central directory entry %2 is cut short.</source>
        <translation>zip ファイル %1 は破損しています: セントラルディレクトリのエントリ %2 が途中で切れています。</translation>
    </message>
    <message>
        <source>The zip file %1 is damaged: the local header of %2 lies outside the file.</source>
        <translation>zip ファイル %1 は破損しています: %2 のローカルヘッダーがファイルの範囲外にあります。</translation>
    </message>
    <message>
        <source>The zip file %1 is damaged: there is no local header for %2 at offset %3.</source>
        <translation>zip ファイル %1 は破損しています: オフセット %3 に %2 のローカルヘッダーがありません。</translation>
    </message>
    <message>
        <source>The zip file %1 is damaged: the data of %2 runs past the end of the file.</source>
        <translation>zip ファイル %1 は破損しています: %2 のデータがファイルの終端を越えています。</translation>
    </message>
    <message>
        <source>The zip file %1 is damaged: the data of %2 is cut short.</source>
        <translation>zip ファイル %1 は破損しています: %2 のデータが途中で切れています。</translation>
    </message>
    <message>
        <source>%1 has no *.dist-info/METADATA file.</source>
        <translation>%1 に *.dist-info/METADATA ファイルがありません。</translation>
    </message>
    <message>
        <source>%1 has several *.dist-info/METADATA files (%2) and none is clearly its own.</source>
        <translation>%1 に *.dist-info/METADATA ファイルが複数（%2）あり、どれが自身のものか判別できません。</translation>
    </message>
</context>
</TS>
