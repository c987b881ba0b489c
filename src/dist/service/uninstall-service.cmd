@echo off
rem Stops and removes the "ita-report" task that install-service.cmd made. Run it as administrator.
rem The program's folder, its input and output are left as they are.
schtasks /End /TN "ita-report" >nul 2>&1
schtasks /Delete /TN "ita-report" /F
exit /b %ERRORLEVEL%
