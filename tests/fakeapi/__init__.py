"""A fake Telegram Bot API for tests and benchmarks, split by concern:

    server.py    the HTTP server, call recording and waiting, the methods the bot calls
    state.py     users, chats, messages, the update queue and update factories
    failures.py  injected faults: errors, 429, dropped connections, blocks, held answers
    rules.py     what Telegram refuses (HTML, lengths, keyboards, inline limits), also for `tests.offline`

    with FakeBotAPI(token) as api:   # TELEGRAM_API_BASE_URL = api.root_url
        api.push_message("/start")
        await api.wait_for_async("sendMessage")
"""

from tests.fakeapi.rules import html_problem, problem
from tests.fakeapi.server import Call, FakeBotAPI, decode_param
from tests.fakeapi.state import BOT_USERNAME, DEFAULT_GROUP_ID, DEFAULT_USER_ID

__all__ = ["BOT_USERNAME", "Call", "DEFAULT_GROUP_ID", "DEFAULT_USER_ID", "FakeBotAPI", "decode_param", "html_problem",
           "problem"]
