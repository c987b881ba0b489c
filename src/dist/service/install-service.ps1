# Installs ita-report's nightly service on this PC (called by install-service.cmd).
#
# Registers the Task Scheduler task "ita-report" from ita-report-task.xml beside this file, with the
# program's folder (the parent of this folder) filled in: "ita-report.cmd serve" started when Windows
# starts, restarted if it stops, its console written to logs\serve.log. By default it runs as SYSTEM;
# -User DOMAIN\name runs it as that account instead (its password is asked for), which a network share
# for input or output needs. Then it starts the task at once.
# Needs administrator rights. Running it again replaces the task (e.g. after moving the folder).
param(
    [string] $User = ""
)
$ErrorActionPreference = "Stop"

$app = Split-Path -Parent $PSScriptRoot
$template = Join-Path $PSScriptRoot "ita-report-task.xml"

$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    Write-Host "ต้องเปิดด้วยสิทธิ์ผู้ดูแลระบบ: คลิกขวาที่ install-service.cmd แล้วเลือก Run as administrator"
    exit 2
}
if (-not (Test-Path (Join-Path $app "ita-report.cmd"))) {
    Write-Host "ไม่พบ ita-report.cmd ในโฟลเดอร์ $app (แตกไฟล์ zip ใหม่ทั้งโฟลเดอร์)"
    exit 2
}

# The task's XML with the folder filled in (XML-escaped), written as UTF-16 as schtasks expects.
$escaped = [Security.SecurityElement]::Escape($app)
$xml = (Get-Content -Raw -Encoding UTF8 $template).Replace("@APP@", $escaped)
$file = Join-Path $env:TEMP "ita-report-task.xml"
Set-Content -Path $file -Value $xml -Encoding Unicode
New-Item -ItemType Directory -Force -Path (Join-Path $app "logs") | Out-Null

$arguments = @("/Create", "/TN", "ita-report", "/XML", $file, "/F")
if ($User) {
    $arguments += @("/RU", $User, "/RP", "*")
} else {
    $arguments += @("/RU", "SYSTEM")
}
& schtasks.exe @arguments
$status = $LASTEXITCODE
Remove-Item $file -ErrorAction SilentlyContinue
if ($status -ne 0) {
    Write-Host "ติดตั้งไม่สำเร็จ (schtasks ตอบรหัส $status)"
    exit 5
}
& schtasks.exe /Run /TN "ita-report" | Out-Null
Write-Host "ติดตั้งแล้ว: งาน ita-report เริ่มทุกครั้งที่เปิดเครื่อง รวบรวมรายงานทุกคืนเวลา 02:00"
Write-Host "หน้าสถานะ: http://127.0.0.1:8068/   บันทึกการทำงาน: $app\logs\serve.log"
Write-Host "ถอนการติดตั้ง: uninstall-service.cmd"
exit 0
