@echo off
rem estate-audit for Windows, as the distribution installs it: runs lib\estate-audit.jar on Java 17
rem or newer, with %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else the java on the PATH.
rem It never builds anything. ESTATE_AUDIT_JAVA_OPTS adds your own JVM options, after the
rem launcher's (they win). It makes no start-up archive.
setlocal

set "APP_HOME=%~dp0.."
set "JAR=%APP_HOME%\lib\estate-audit.jar"

if not defined JAVA_HOME goto javaFromPath
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_EXE%" goto javaVersion
echo estate-audit: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe; point it at a Java 17 or newer, or unset it to use the java on the PATH 1>&2
exit /b 3

:javaFromPath
set "JAVA_EXE=java.exe"
where /q java.exe
if not errorlevel 1 goto javaVersion
echo estate-audit: no java on the PATH; install Java 17 or newer, or set JAVA_HOME 1>&2
exit /b 3

rem The feature release (17, 25...): from JAVA_HOME's release file, else from 'java -version'.
:javaVersion
set "JAVA_VERSION="
if defined JAVA_HOME if exist "%JAVA_HOME%\release" for /f "usebackq tokens=2 delims==" %%v in (`findstr /b "JAVA_VERSION=" "%JAVA_HOME%\release"`) do set "JAVA_VERSION=%%~v"
if not defined JAVA_VERSION for /f "tokens=3" %%v in ('call "%JAVA_EXE%" -version 2^>^&1 ^| findstr /c:" version "') do set "JAVA_VERSION=%%~v"
set "JAVA_FEATURE=0"
for /f "delims=.-+_" %%f in ("%JAVA_VERSION%") do set /a "JAVA_FEATURE=%%f" 2>nul
if %JAVA_FEATURE% GEQ 17 goto run
if not defined JAVA_VERSION set "JAVA_VERSION=of an unknown version"
echo estate-audit: %JAVA_EXE% is Java %JAVA_VERSION%; estate-audit needs Java 17 or newer, set JAVA_HOME to choose another 1>&2
exit /b 3

rem The quick-start flags of a usual run, as the POSIX launchers give it (lib/jvm-settings.sh).
:run
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=warning:stderr %ESTATE_AUDIT_JAVA_OPTS% -cp "%JAR%" dev.estateaudit.Main %*
exit /b %ERRORLEVEL%
