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
    <name>Akari::RecommendationCard</name>
    <message numerus="yes">
        <source>With --torch-backend=auto, uv tries these %n index(es) in this order: %1</source>
        <translation>
            <numerusform>With --torch-backend=auto, uv tries this %n index: %1</numerusform>
            <numerusform>With --torch-backend=auto, uv tries these %n indexes in this order: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
