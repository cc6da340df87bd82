/* rtconfig.h excerpt -- AT client for the EC20 board */
#define RT_USING_AT
#define AT_USING_CLIENT
#define AT_CLIENT_NUM_MAX 1
#define AT_CMD_MAX_LEN 128
#define AT_PRINT_RAW_CMD        /* dumps "[D/AT] sendline" / "recvline" */
#define AT_SW_VERSION_NUM 0x10301

/* app/modem_check.c */
static int modem_check(void)
{
    at_response_t resp = at_create_resp(64, 0, rt_tick_from_millisecond(300));
    if (at_exec_cmd(resp, "AT+CSQ") != RT_EOK)      /* expects OK, ERROR -> -RT_ERROR */
        LOG_E("AT+CSQ failed");
    at_resp_parse_line_args_by_kw(resp, "+CSQ:", "+CSQ: %d,%d", &rssi, &ber);
    at_exec_cmd(resp, "AT+QIACT=1");                /* may take 150 s */
    at_delete_resp(resp);
    return 0;
}
