@echo off
rem ita-report.cmd: starts the program (ita-report.jar beside this file) with the newest Java 17 or
rem later on this PC, from any current folder (a command prompt anywhere, Task Scheduler).
rem
rem   ita-report [compile^|offices^|template^|history^|serve] [options]     (ita-report --help)
rem
rem Java: %JAVA_HOME% if set (17 or later), else the newest JDK/JRE in Program Files (Eclipse
rem Adoptium, Java, Microsoft, Zulu, Amazon Corretto, BellSoft, OpenJDK), else java on PATH.
rem
rem Fast start: on its first run with a given jar and Java the launcher prepares, once, a cache in
rem cache\ beside this file (or %LOCALAPPDATA%\ita-report when that folder is read-only): the jar
rem extracted into plain jars, and a class cache made by one training run over sample\ (as one
rem office of an "offices" run) into a temporary folder (the JDK's AOT cache on Java 25 and later, a CDS archive on 17 to 24). A new
rem jar or another Java makes a new cache. The cache is never needed: when it cannot be made or
rem used the program runs as it is. Deleting cache\ is always safe.
rem
rem Environment: JAVA_HOME; ITA_REPORT_JAVA_OPTS (more JVM options, e.g. -Xmx1g);
rem ITA_REPORT_CACHE=off (no cache).
rem
rem This file is plain ASCII up to "chcp 65001" below; the Thai messages after it are UTF-8.
setlocal EnableExtensions DisableDelayedExpansion

rem The program writes Thai as UTF-8: the console shows it under code page 65001 (restored at the end).
set "ITA_CP="
for /f "tokens=2 delims=:" %%c in ('chcp 2^>nul') do set "ITA_CP=%%c"
if defined ITA_CP set "ITA_CP=%ITA_CP: =%"
if defined ITA_CP set "ITA_CP=%ITA_CP:.=%"
chcp 65001 >nul 2>&1

rem --- the program's folder, from this file's own location ---
set "APP=%~dp0"
if "%APP:~-1%"=="\" set "APP=%APP:~0,-1%"
if "%APP:~-1%"==":" set "APP=%APP%\."
set "JAR=%APP%\ita-report.jar"
set "RC=1"
rem (No parenthesised blocks around paths below: a ")" in a folder name would end the block.)
if exist "%JAR%" goto java
echo ita-report: ไม่พบไฟล์โปรแกรม %JAR% ^(แตกไฟล์ zip ใหม่ทั้งโฟลเดอร์^)
goto end

:java

set "JAVA="
set "VERSION="
set "MAJOR=0"
if defined JAVA_HOME call :consider "%JAVA_HOME%"
if defined JAVA goto found
if defined JAVA_HOME echo ita-report: JAVA_HOME=%JAVA_HOME% ไม่ใช่ Java รุ่น 17 ขึ้นไป จะหา Java รุ่นอื่นในเครื่องแทน
for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Java\*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Zulu\*" "%ProgramFiles%\Amazon Corretto\*" "%ProgramFiles%\BellSoft\*" "%ProgramFiles%\OpenJDK\*" "%LOCALAPPDATA%\Programs\Eclipse Adoptium\*") do call :consider "%%~fD"
if defined JAVA goto found
for /f "delims=" %%J in ('where java 2^>nul') do (
    set "JAVA=%%J"
    goto pathjava
)
echo ita-report: ไม่พบ Java รุ่น 17 ขึ้นไปในเครื่องนี้ ติดตั้ง Java ^(เช่น Eclipse Temurin 25 จาก adoptium.net^) หรือกำหนด JAVA_HOME
goto end
:pathjava
for /f "tokens=3" %%v in ('java -version 2^>^&1 ^| findstr /i "version"') do set "VERSION=%%~v"
call :major "%VERSION%"
:found
if %MAJOR% GEQ 17 goto command
echo ita-report: %JAVA% เป็น Java รุ่น %VERSION% โปรแกรมนี้ต้องใช้รุ่น 17 ขึ้นไป ติดตั้ง Java ^(เช่น Eclipse Temurin 25^) หรือกำหนด JAVA_HOME
goto end

:command

rem --- which command: the first argument when it is not an option; compile when there is none ---
set "COMMAND=compile"
set "FIRST=%~1"
if defined FIRST if not "%FIRST:~0,1%"=="-" set "COMMAND=%FIRST%"
if /i "%FIRST%"=="-h" set "COMMAND=help"
if /i "%FIRST%"=="--help" set "COMMAND=help"
if /i "%FIRST%"=="-V" set "COMMAND=help"
if /i "%FIRST%"=="--version" set "COMMAND=help"

rem --- JVM options ---
rem Measured on 2 cores (README, "Benchmark"): the optimising JIT (C2) costs more CPU than it gives
rem back, in a one-office compile of seconds as in 200 offices, and the serial GC keeps the memory
rem low; both also for serve, which idles all day. A GC chosen in ITA_REPORT_JAVA_OPTS replaces it.
set "JIT=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if defined ITA_REPORT_JAVA_OPTS echo %ITA_REPORT_JAVA_OPTS%| findstr /r /c:"-XX:+Use[A-Za-z0-9]*GC" >nul && set "JIT=-XX:TieredStopAtLevel=1"
if %MAJOR% GEQ 25 (
    set "KIND=aot"
    set "QUIET=-Xlog:cds*=off,aot*=off"
) else (
    set "KIND=jsa"
    set "QUIET=-Xshare:auto -Xlog:cds*=off"
)

set "RUNJAR=%JAR%"
set "CACHEOPT="
call :cache
if errorlevel 1 set "RUNJAR=%JAR%"
if errorlevel 1 set "CACHEOPT="

"%JAVA%" %CACHEOPT% %QUIET% %JIT% %ITA_REPORT_JAVA_OPTS% "-Dita.home=%APP%" -jar "%RUNJAR%" %*
set "RC=%ERRORLEVEL%"

:end
if defined ITA_CP chcp %ITA_CP% >nul 2>&1
endlocal & exit /b %RC%


rem --- subroutines ---

:consider
rem %1 = a Java folder: taken when it is 17 or later and newer than the one found so far.
if not exist "%~1\bin\java.exe" exit /b 0
if not exist "%~1\release" exit /b 0
set "V="
for /f "usebackq tokens=1,* delims==" %%a in ("%~1\release") do if "%%a"=="JAVA_VERSION" set "V=%%~b"
if not defined V exit /b 0
set "M=0"
for /f "tokens=1 delims=.-+_" %%m in ("%V%") do set /a "M=%%m" 2>nul
if %M% LSS 17 exit /b 0
if %M% LEQ %MAJOR% exit /b 0
set "MAJOR=%M%"
set "VERSION=%V%"
set "JAVA=%~1\bin\java.exe"
exit /b 0

:major
rem %1 = a version string: MAJOR = its feature release (25.0.3 -> 25), 0 when unknown.
set "MAJOR=0"
for /f "tokens=1 delims=.-+_" %%m in ("%~1") do set /a "MAJOR=%%m" 2>nul
exit /b 0

:cache
rem Sets RUNJAR and CACHEOPT to the fast-start cache, preparing it first when there is none yet.
rem Exit status 1: no cache this time (the program then runs as it is).
if /i "%ITA_REPORT_CACHE%"=="off" exit /b 1
set "ROOT=%APP%\cache"
mkdir "%ROOT%" 2>nul
copy /y nul "%ROOT%\writable" >nul 2>&1 && goto root
set "ROOT=%LOCALAPPDATA%\ita-report"
:root
if not exist "%ROOT%" mkdir "%ROOT%" 2>nul
if not exist "%ROOT%" exit /b 1
rem cache\<jar's size>\java<version>\, where stamp.txt holds the jar's time and the Java's path:
rem any difference makes the cache anew.
for %%F in ("%JAR%") do set "SIZE=%%~zF"
for %%F in ("%JAR%") do set "STAMP=%%~tF %JAVA%"
set "DIR=%ROOT%\%SIZE%\java%VERSION%"
set "ARCHIVE=%DIR%\app.%KIND%"
set "OLD="
if exist "%DIR%\stamp.txt" set /p OLD=<"%DIR%\stamp.txt"
if not "%OLD%"=="%STAMP%" if exist "%DIR%\stamp.txt" rd /s /q "%DIR%" 2>nul
if exist "%ARCHIVE%" goto use
if exist "%DIR%\failed" exit /b 1
if /i "%COMMAND%"=="help" exit /b 1
call :prepare
if errorlevel 1 exit /b 1
:use
if not exist "%DIR%\app\ita-report.jar" exit /b 1
set "RUNJAR=%DIR%\app\ita-report.jar"
if "%KIND%"=="aot" set "CACHEOPT="-XX:AOTCache=%ARCHIVE%""
if "%KIND%"=="jsa" set "CACHEOPT="-XX:SharedArchiveFile=%ARCHIVE%""
exit /b 0

:prepare
if not exist "%DIR%" mkdir "%DIR%" 2>nul
rem One process prepares; another one meanwhile runs without the cache. A lock left by a
rem preparation that was stopped is taken over the next day.
forfiles /p "%DIR%" /m lock /d -1 >nul 2>&1 && rd "%DIR%\lock" 2>nul
mkdir "%DIR%\lock" 2>nul || exit /b 1
echo ita-report: เตรียมให้โปรแกรมเริ่มทำงานเร็วขึ้น ^(ทำครั้งแรกครั้งเดียวกับโปรแกรมและ Java ชุดนี้ ใช้เวลาราวครึ่งนาที^) ...
set "LOG=%DIR%\prepare.log"
set "WORK=%TEMP%\ita-report-training-%RANDOM%%RANDOM%"
mkdir "%WORK%" 2>nul
if exist "%DIR%\app" rd /s /q "%DIR%\app" 2>nul
if exist "%DIR%\app.tmp" rd /s /q "%DIR%\app.tmp" 2>nul
if exist "%ARCHIVE%.tmp" del /q "%ARCHIVE%.tmp" 2>nul
"%JAVA%" -Djarmode=tools -jar "%JAR%" extract --destination "%DIR%\app.tmp" >"%LOG%" 2>&1 || goto prepared
ren "%DIR%\app.tmp" app || goto prepared
if "%KIND%"=="aot" set "RECORD="-XX:AOTCacheOutput=%ARCHIVE%.tmp""
if "%KIND%"=="jsa" set "RECORD="-XX:ArchiveClassesAtExit=%ARCHIVE%.tmp""
rem The training run compiles the bundled sample into a temporary folder (never the real output),
rem from there, with the same options as a short run; its exit status does not matter, only
rem whether the cache was written. It runs as "offices" over the sample as one office: that takes
rem the compile job and the multi-office run.
xcopy "%APP%\sample" "%WORK%\offices\office\" /e /i /q /y >nul 2>&1
pushd "%WORK%"
"%JAVA%" %RECORD% %JIT% %QUIET% "-Dita.home=%APP%" -jar "%DIR%\app\ita-report.jar" offices "--input=%WORK%\offices" "--output=%WORK%\output" --ita.pdf.enabled=false >>"%LOG%" 2>&1
popd
if exist "%ARCHIVE%.tmp" move /y "%ARCHIVE%.tmp" "%ARCHIVE%" >nul
:prepared
rd /s /q "%WORK%" 2>nul
if exist "%ARCHIVE%.tmp.config" del /q "%ARCHIVE%.tmp.config" 2>nul
rd "%DIR%\lock" 2>nul
> "%DIR%\stamp.txt" echo %STAMP%
if not exist "%ARCHIVE%" goto unprepared
rem Caches of other jars (older versions) are of no more use.
for /d %%O in ("%ROOT%\*") do if not "%%~nxO"=="%SIZE%" rd /s /q "%%~fO" 2>nul
exit /b 0
:unprepared
type nul > "%DIR%\failed"
echo ita-report: เตรียมไม่สำเร็จ ^(ดู %LOG%^) โปรแกรมจะทำงานตามปกติ เพียงเริ่มช้ากว่า
exit /b 1
