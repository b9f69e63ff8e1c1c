"use client";

/** Shows what the media URLs point at, so a wrong link is caught before customers see it. */
export function MediaPreview({
  videoUrl,
  imageUrl,
  name,
}: {
  videoUrl?: string;
  imageUrl?: string;
  name: string;
}) {
  const isHttp = (url?: string) => !!url && /^https?:\/\/\S+$/.test(url);
  const isVideoFile = (url: string) => /\.(mp4|webm|ogg|mov)(\?.*)?$/i.test(url);
  if (!isHttp(videoUrl) && !isHttp(imageUrl)) {
    return (
      <p className="text-sm text-slate-600">
        No media yet: add a video or image URL to see a preview.
      </p>
    );
  }
  return (
    <div className="flex flex-wrap gap-4" aria-label="Media preview" role="group">
      {imageUrl && isHttp(imageUrl) && (
        <figure className="flex flex-col gap-1">
          {/* eslint-disable-next-line @next/next/no-img-element -- authors paste any host; next/image needs each host configured */}
          <img
            src={imageUrl}
            alt={`Image for ${name || "this exercise"}`}
            className="max-h-48 max-w-xs rounded-lg border border-slate-200 object-contain"
          />
          <figcaption className="text-sm text-slate-600">Image preview</figcaption>
        </figure>
      )}
      {videoUrl && isHttp(videoUrl) && (
        <figure className="flex flex-col gap-1">
          {isVideoFile(videoUrl) ? (
            <video
              src={videoUrl}
              controls
              preload="metadata"
              className="max-h-48 max-w-xs rounded-lg border border-slate-200"
            >
              <track kind="captions" />
            </video>
          ) : (
            <a
              href={videoUrl}
              target="_blank"
              rel="noreferrer noopener"
              className="font-medium text-brand-700 underline"
            >
              Open the video (new tab)
            </a>
          )}
          <figcaption className="text-sm text-slate-600">Video preview</figcaption>
        </figure>
      )}
    </div>
  );
}
