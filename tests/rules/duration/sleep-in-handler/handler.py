import asyncio
from time import sleep as nap
import time


def wait_a_bit():
    time.sleep(2)  # expect: DUR004 "Function 'handler.wait_a_bit', called from handler 'handler.lambda_handler', sleeps (time.sleep)"


def unused():
    time.sleep(2)  # ok: DUR004 (not on the handler's path)


def lambda_handler(event, context):
    nap(5)  # expect: DUR004 "Handler 'handler.lambda_handler' sleeps (time.sleep)"
    wait_a_bit()
    return {"ok": True}


async def ahandler(event, context):
    await asyncio.sleep(1)  # expect: DUR004 "asyncio.sleep"
