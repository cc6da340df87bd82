# modem-probe.ps1: open the modem's port and ask for its signal
$port = New-Object System.IO.Ports.SerialPort COM5,115200,None,8,one
$port.ReadTimeout = 2000
$port.Open()
$port.Write("AT`r")
Start-Sleep -Milliseconds 300
$port.ReadExisting()
$port.WriteLine("ATE0")
Start-Sleep -Milliseconds 300
$port.ReadExisting()
$port.Write("AT+CSQ`r")
Start-Sleep -Milliseconds 300
$reply = $port.ReadExisting()
Write-Host $reply
if ($reply -match "OK") { Write-Host "modem answers" }
$port.Close()
