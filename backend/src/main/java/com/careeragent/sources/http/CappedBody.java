package com.careeragent.sources.http;

import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into a byte array, but gives up as soon as more than {@code cap} bytes arrived
 * (or a {@code Content-Length} announces more): a feed that grew without bound, or a hostile one, must not
 * take the heap with it. The bytes past the cap are never buffered.
 */
final class CappedBody implements BodySubscriber<byte[]> {

    /** The body was larger than the cap; {@link SourceHttp} turns it into a {@link FetchFailure}. */
    static final class TooLarge extends RuntimeException {

        TooLarge(long cap) {
            super("response larger than " + size(cap));
        }
    }

    private final BodySubscriber<byte[]> bytes = BodySubscribers.ofByteArray();
    private final long cap;
    private final long announced;
    private long received;
    private Flow.Subscription subscription;

    private CappedBody(long cap, long announced) {
        this.cap = cap;
        this.announced = announced;
    }

    static HttpResponse.BodyHandler<byte[]> handler(long cap) {
        return info -> new CappedBody(cap, info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return bytes.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        bytes.onSubscribe(subscription);
        if (announced > cap) {
            // Content-Length announced too much: refuse before reading a byte.
            subscription.cancel();
            bytes.onError(new TooLarge(cap));
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (announced > cap || received > cap) {
            return;
        }
        received += buffers.stream().mapToLong(ByteBuffer::remaining).sum();
        if (received > cap) {
            subscription.cancel();
            bytes.onError(new TooLarge(cap));
            return;
        }
        bytes.onNext(buffers);
    }

    @Override
    public void onError(Throwable throwable) {
        bytes.onError(throwable);
    }

    @Override
    public void onComplete() {
        if (announced <= cap && received <= cap) {
            bytes.onComplete();
        }
    }

    /** 32 MB, 512 kB or 700 bytes: whichever unit divides the size. */
    static String size(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MB";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return (bytes >> 10) + " kB";
        }
        return bytes + " bytes";
    }
}
