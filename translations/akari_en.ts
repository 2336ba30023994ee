<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Akari::Advisor</name>
    <message numerus="yes">
        <source>NVIDIA driver %1 (read from %2) allows CUDA builds up to %3 in uv&apos;s table, so uv tries %3 first, then older CUDA builds and finally CPU builds: %n indexes in all.</source>
        <translation>
            <numerusform>NVIDIA driver %1 (read from %2) allows CUDA builds up to %3 in uv&apos;s table, so uv tries %3 first, then older CUDA builds and finally CPU builds: %n index in all.</numerusform>
            <numerusform>NVIDIA driver %1 (read from %2) allows CUDA builds up to %3 in uv&apos;s table, so uv tries %3 first, then older CUDA builds and finally CPU builds: %n indexes in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NVIDIA driver %1 (read from %2) supports CUDA up to %3. uv tries %4 first anyway: PyTorch&apos;s CUDA %5 builds run on any driver from %6 on, thanks to CUDA minor-version compatibility. Then come older CUDA builds and finally CPU builds: %n indexes in all.</source>
        <translation>
            <numerusform>NVIDIA driver %1 (read from %2) supports CUDA up to %3. uv tries %4 first anyway: PyTorch&apos;s CUDA %5 builds run on any driver from %6 on, thanks to CUDA minor-version compatibility. Then come older CUDA builds and finally CPU builds: %n index in all.</numerusform>
            <numerusform>NVIDIA driver %1 (read from %2) supports CUDA up to %3. uv tries %4 first anyway: PyTorch&apos;s CUDA %5 builds run on any driver from %6 on, thanks to CUDA minor-version compatibility. Then come older CUDA builds and finally CPU builds: %n indexes in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NVIDIA driver %1 (read from %2) supports CUDA up to %3. uv tries %4 first, then older CUDA builds and finally CPU builds: %n indexes in all.</source>
        <translation>
            <numerusform>NVIDIA driver %1 (read from %2) supports CUDA up to %3. uv tries %4 first, then older CUDA builds and finally CPU builds: %n index in all.</numerusform>
            <numerusform>NVIDIA driver %1 (read from %2) supports CUDA up to %3. uv tries %4 first, then older CUDA builds and finally CPU builds: %n indexes in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>uv found the AMD GPU architecture %1 (through %2) and tries the ROCm builds made for it, %3 first, then CPU builds: %n indexes in all.</source>
        <translation>
            <numerusform>uv found the AMD GPU architecture %1 (through %2) and tries the ROCm builds made for it, %3 first, then CPU builds: %n index in all.</numerusform>
            <numerusform>uv found the AMD GPU architecture %1 (through %2) and tries the ROCm builds made for it, %3 first, then CPU builds: %n indexes in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::AvailabilityPanel</name>
    <message numerus="yes">
        <source>%1: %2 (newest), %n version(s) in all</source>
        <comment>package: version</comment>
        <translation>
            <numerusform>%1: %2 (newest), %n version in all</numerusform>
            <numerusform>%1: %2 (newest), %n versions in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::EnvironmentPage</name>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n package</numerusform>
            <numerusform>%n packages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::EnvironmentVerifier</name>
    <message numerus="yes">
        <source>The environment&apos;s Python “%1” did not finish importing within %n second(s).</source>
        <translation>
            <numerusform>The environment&apos;s Python “%1” did not finish importing within %n second.</numerusform>
            <numerusform>The environment&apos;s Python “%1” did not finish importing within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::HardwarePage</name>
    <message numerus="yes">
        <source>%n logical core(s)</source>
        <translation>
            <numerusform>%n logical core</numerusform>
            <numerusform>%n logical cores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::HttpCache</name>
    <message numerus="yes">
        <source>Cannot remove %n HTTP cache file(s).</source>
        <translation>
            <numerusform>Cannot remove %n HTTP cache file.</numerusform>
            <numerusform>Cannot remove %n HTTP cache files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::HttpClientWorker</name>
    <message numerus="yes">
        <source>%1 redirected more than %n time(s).</source>
        <translation>
            <numerusform>%1 redirected more than %n time.</numerusform>
            <numerusform>%1 redirected more than %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::InterpreterQueryCache</name>
    <message numerus="yes">
        <source>The Python interpreter “%1” did not answer within %n seconds.</source>
        <translation>
            <numerusform>The Python interpreter “%1” did not answer within %n second.</numerusform>
            <numerusform>The Python interpreter “%1” did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::JobStatusWidget</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <comment>running jobs</comment>
        <translation>
            <numerusform>%1 (+%n more)</numerusform>
            <numerusform>%1 (+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::NvidiaAdvice</name>
    <message numerus="yes">
        <source>CUDA_VISIBLE_DEVICES=&quot;%1&quot; hides %n of the NVIDIA GPUs; PyTorch will use only the others, and Akari checks only those against the builds.</source>
        <translation>
            <numerusform>CUDA_VISIBLE_DEVICES=&quot;%1&quot; hides %n of the NVIDIA GPUs; PyTorch will use only the others, and Akari checks only those against the builds.</numerusform>
            <numerusform>CUDA_VISIBLE_DEVICES=&quot;%1&quot; hides %n of the NVIDIA GPUs; PyTorch will use only the others, and Akari checks only those against the builds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::NvmlLibrary</name>
    <message numerus="yes">
        <source>The NVIDIA driver did not answer NVML within %n millisecond(s); NVML is not asked again while Akari runs.</source>
        <translation>
            <numerusform>The NVIDIA driver did not answer NVML within %n millisecond; NVML is not asked again while Akari runs.</numerusform>
            <numerusform>The NVIDIA driver did not answer NVML within %n milliseconds; NVML is not asked again while Akari runs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::PciDevice</name>
    <message numerus="yes">
        <source>%n PCI device(s) could not be read and were skipped: %1</source>
        <translation>
            <numerusform>%n PCI device could not be read and was skipped: %1</numerusform>
            <numerusform>%n PCI devices could not be read and were skipped: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::PlanIssueList</name>
    <message numerus="yes">
        <source>%n message(s) about the file</source>
        <translation>
            <numerusform>%n message about the file</numerusform>
            <numerusform>%n messages about the file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::ProcessCommandRunner</name>
    <message numerus="yes">
        <source>%1 did not finish within %n millisecond(s) and was stopped; it is not started again while Akari runs.</source>
        <translation>
            <numerusform>%1 did not finish within %n millisecond and was stopped; it is not started again while Akari runs.</numerusform>
            <numerusform>%1 did not finish within %n milliseconds and was stopped; it is not started again while Akari runs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::ProjectSync</name>
    <message numerus="yes">
        <source>Resolved %n package(s) in %1 s</source>
        <translation>
            <numerusform>Resolved %n package in %1 s</numerusform>
            <numerusform>Resolved %n packages in %1 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::PubGrubSolver</name>
    <message numerus="yes">
        <source>The resolver gave up after %n decision(s) without finding an answer.</source>
        <translation>
            <numerusform>The resolver gave up after %n decision without finding an answer.</numerusform>
            <numerusform>The resolver gave up after %n decisions without finding an answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::RecommendationCard</name>
    <message numerus="yes">
        <source>With --torch-backend=auto, uv tries these %n index(es) in this order: %1</source>
        <translation>
            <numerusform>With --torch-backend=auto, uv tries this %n index: %1</numerusform>
            <numerusform>With --torch-backend=auto, uv tries these %n indexes in this order: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::RecordFile</name>
    <message numerus="yes">
        <source>A RECORD row has %n field(s); expected three (path, hash, size).</source>
        <translation>
            <numerusform>A RECORD row has %n field; expected three (path, hash, size).</numerusform>
            <numerusform>A RECORD row has %n fields; expected three (path, hash, size).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::ResolutionPanel</name>
    <message numerus="yes">
        <source>%n package(s) for %1:</source>
        <translation>
            <numerusform>%n package for %1:</numerusform>
            <numerusform>%n packages for %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::ResolveCommand</name>
    <message numerus="yes">
        <source>Resolved %n package(s) for %1:</source>
        <translation>
            <numerusform>Resolved %n package for %1:</numerusform>
            <numerusform>Resolved %n packages for %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::SyncCommand</name>
    <message numerus="yes">
        <source>%1: %2 of %3, %4/s, about %n s left</source>
        <translation>
            <numerusform>%1: %2 of %3, %4/s, about %n s left</numerusform>
            <numerusform>%1: %2 of %3, %4/s, about %n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::SyncExecutor</name>
    <message numerus="yes">
        <source>Installed %n package(s) in %1 s</source>
        <translation>
            <numerusform>Installed %n package in %1 s</numerusform>
            <numerusform>Installed %n packages in %1 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::SyncPanel</name>
    <message numerus="yes">
        <source>%1 of %2, %3, about %n s left</source>
        <comment>bytes done of total, rate, time left</comment>
        <translation>
            <numerusform>%1 of %2, %3, about %n s left</numerusform>
            <numerusform>%1 of %2, %3, about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, %3, about %n min left</source>
        <comment>bytes done of total, rate, time left</comment>
        <translation>
            <numerusform>%1 of %2, %3, about %n min left</numerusform>
            <numerusform>%1 of %2, %3, about %n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::SyncPlan</name>
    <message numerus="yes">
        <source>%n to install</source>
        <comment>sync summary part</comment>
        <translation>
            <numerusform>%n to install</numerusform>
            <numerusform>%n to install</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to upgrade</source>
        <comment>sync summary part</comment>
        <translation>
            <numerusform>%n to upgrade</numerusform>
            <numerusform>%n to upgrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to downgrade</source>
        <comment>sync summary part</comment>
        <translation>
            <numerusform>%n to downgrade</numerusform>
            <numerusform>%n to downgrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to reinstall</source>
        <comment>sync summary part</comment>
        <translation>
            <numerusform>%n to reinstall</numerusform>
            <numerusform>%n to reinstall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to remove</source>
        <comment>sync summary part</comment>
        <translation>
            <numerusform>%n to remove</numerusform>
            <numerusform>%n to remove</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>sync summary part</comment>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::WheelArchive</name>
    <message numerus="yes">
        <source>The wheel %1 has more than %n member(s), the limit; the first one over it is &apos;%2&apos;.</source>
        <translation>
            <numerusform>The wheel %1 has more than %n member, the limit; the first one over it is &apos;%2&apos;.</numerusform>
            <numerusform>The wheel %1 has more than %n members, the limit; the first one over it is &apos;%2&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akari::ZipCentralDirectory</name>
    <message numerus="yes">
        <source>%1 is not a zip file: it is only %n byte(s) long.</source>
        <translation>
            <numerusform>%1 is not a zip file: it is only %n byte long.</numerusform>
            <numerusform>%1 is not a zip file: it is only %n bytes long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The zip file %1 is damaged: its central directory is too small for %n member(s).</source>
        <translation>
            <numerusform>The zip file %1 is damaged: its central directory is too small for %n member.</numerusform>
            <numerusform>The zip file %1 is damaged: its central directory is too small for %n members.</numerusform>
        </translation>
    </message>
</context>
</TS>
