@echo off
rem Starts the Loss Landscape Workbench installed in this folder (Windows).
rem   landscape                   open the workbench (workspace: %USERPROFILE%\landscape-workspace)
rem   landscape workbench [ARGS]  the same
rem   landscape COMMAND [ARGS]    a headless command: run, new, info, export, verify, ... (landscape help lists them)
rem Needs a Java 21 or newer: JAVA_HOME, else java on the PATH. LANDSCAPE_JAVA_OPTS adds JVM options.
rem There is no native Eclipse launcher on Maven Central: this starts the Equinox launcher jar.
setlocal EnableExtensions
set "HERE=%~dp0"
if "%HERE:~-1%"=="\" set "HERE=%HERE:~0,-1%"
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
set "LAUNCHER="
for %%J in ("%HERE%\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fJ"
if not defined LAUNCHER (
  echo landscape: no Equinox launcher in %HERE%\plugins: this folder is not a complete product 1>&2
  exit /b 1
)
set "OPTS=--add-modules jdk.incubator.vector -Dosgi.requiredJavaVersion=21 -Xmx4g"
if "%~1"=="" goto workbench
if /i "%~1"=="workbench" goto workbench
"%JAVA%" %OPTS% -Djava.awt.headless=true %LANDSCAPE_JAVA_OPTS% -jar "%LAUNCHER%" -install "%HERE%" -application org.losslandscape.cli.app -nosplash -data @none %*
exit /b %ERRORLEVEL%
:workbench
if /i "%~1"=="workbench" shift
set "ARGS="
:collect
if "%~1"=="" goto start
set ARGS=%ARGS% %1
shift
goto collect
:start
"%JAVA%" %OPTS% %LANDSCAPE_JAVA_OPTS% -jar "%LAUNCHER%" -install "%HERE%" -data "%USERPROFILE%\landscape-workspace" -product org.losslandscape.ui.product %ARGS%
exit /b %ERRORLEVEL%
