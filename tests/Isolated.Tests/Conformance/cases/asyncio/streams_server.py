# asyncio streams: start_server on 127.0.0.1 port 0, open_connection, readline/read(n)/readexactly
import asyncio


async def handle(reader, writer):
    line = await reader.readline()
    writer.write(b"echo:" + line)
    data = await reader.read(5)
    writer.write(data.upper())
    rest = await reader.readexactly(3)
    writer.write(rest[::-1])
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("port is int:", isinstance(port, int) and port > 0)
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"hello\n")
        print(await reader.readline())
        writer.write(b"abcde")
        print(await reader.readexactly(5))
        writer.write(b"xyz")
        print(await reader.read(100))
        print("eof:", await reader.read(), reader.at_eof())
        writer.close()
        await writer.wait_closed()
        try:
            await reader.readexactly(1)
        except asyncio.IncompleteReadError as e:
            print("IncompleteReadError", e.partial, e.expected)
    print("server closed:", not server.is_serving())


asyncio.run(main())
