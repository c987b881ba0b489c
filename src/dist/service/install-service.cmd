@echo off
rem Installs ita-report's nightly service on this PC: a Task Scheduler task "ita-report" that starts
rem "ita-report.cmd serve" when Windows starts (as SYSTEM, so no one has to be logged on), and starts
rem it now. Run it as administrator (right click, "Run as administrator").
rem   install-service.cmd                  the task runs as SYSTEM (input and output on this PC)
rem   install-service.cmd -User DOMAIN\me  the task runs as that account (asks for its password;
rem                                        needed when input or output is on a network share)
rem Remove it with uninstall-service.cmd. Details: install-service.ps1.
powershell.exe -NoProfile -ExecutionPolicy Bypass -File "%~dp0install-service.ps1" %*
exit /b %ERRORLEVEL%
