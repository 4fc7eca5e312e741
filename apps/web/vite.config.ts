import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { textPacks } from './src/i18n/text-packs'

const server = 'http://localhost:8080'

/** Which vendor chunk a module belongs to: react (with react-router) or echarts; antd is split by use. */
export function vendorChunk(id: string): string | null {
  if (!id.includes('node_modules')) return null
  if (/node_modules[\\/](echarts|zrender)[\\/]/.test(id)) return 'echarts'
  if (/node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/.test(id)) return 'react'
  return null
}

/** antd's building blocks (`@rc-component/*`): side-effect free, see `treeshake` below. */
export const rcComponent = /node_modules[\\/]@rc-component[\\/]/

/** The shared modules of the bidder's browser-side encryption (issue 19). */
export const bidCryptoModule = /packages[\\/]shared[\\/]src[\\/](bid-crypto([\\/][\w-]+)?|sha256)\.ts$/

const compressible = /\.(js|mjs|css|html|json|svg|txt|map|webmanifest|woff)$/

/**
 * Writes `name.br` (brotli, quality 11) and `name.gz` (gzip 9) beside every compressible file
 * of the build, so the server negotiates Content-Encoding without compressing per request
 * (`@fastify/static`'s `preCompressed`). Node's zlib only: nothing to install.
 */
export function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'yimin-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      for (const entry of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !compressible.test(entry.name)) continue
        const file = path.join(entry.parentPath, entry.name)
        // no size floor: a copy is kept whenever it is smaller, so even the smallest chunk goes
        // out compressed like the rest (a floor of 256 bytes sent a few chunks as `identity`)
        const bytes = fs.readFileSync(file)
        const br = zlib.brotliCompressSync(bytes, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        })
        const gz = zlib.gzipSync(bytes, { level: 9 })
        if (br.length < bytes.length) fs.writeFileSync(`${file}.br`, br)
        if (gz.length < bytes.length) fs.writeFileSync(`${file}.gz`, gz)
      }
    },
  }
}

const packPrefix = 'virtual:text-packs'
const languageFiles = ['zh-CN', 'ug', 'en'] as const

/**
 * `virtual:text-packs`: for each language and pack of `src/i18n/text-packs.ts`, a loader of a
 * chunk holding only that pack's sections of the language file (`zh-CN-display-*.js` …). The
 * language files stay the one source of the texts; a pack is cut from them at build time.
 */
export function textPacksPlugin(): Plugin {
  const dir = path.resolve(import.meta.dirname, 'src/i18n')
  return {
    name: 'yimin-text-packs',
    resolveId(id) {
      return id === packPrefix || id.startsWith(`${packPrefix}/`) ? `\0${id}` : null
    },
    load(id) {
      if (id === `\0${packPrefix}`) {
        const loaders = languageFiles.map((language) => {
          const packs = Object.keys(textPacks).map(
            (pack) =>
              `${JSON.stringify(pack)}: () => import(${JSON.stringify(`${packPrefix}/${language}-${pack}`)})`,
          )
          return `${JSON.stringify(language)}: { ${packs.join(', ')} }`
        })
        return `export const packLoaders = { ${loaders.join(', ')} }`
      }
      const match = new RegExp(`^\\0${packPrefix}/(${languageFiles.join('|')})-(\\w+)$`).exec(id)
      if (!match) return null
      const [, language, pack] = match as unknown as [string, string, keyof typeof textPacks]
      const file = path.join(dir, `${language}.json`)
      this.addWatchFile(file)
      const texts = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
      const picked = Object.fromEntries(textPacks[pack].map((section) => [section, texts[section]]))
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(picked))})`
    },
  }
}

export default defineConfig({
  base: '/',
  plugins: [react(), textPacksPlugin(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // zod schemas are plain values: one that no screen of a chunk uses is dropped from it
      // (with `sideEffects: false` in @yimin/shared, its unused modules go as well)
      treeshake: {
        manualPureFunctions: ['z'],
        // antd's @rc-component packages declare no `sideEffects`, so a screen that imports one
        // export of a package's index kept all of it (Input brought the whole of rc-form, about
        // 13 KB brotli, to the kiosk and the portal). They register nothing global on import.
        moduleSideEffects: (id: string) => (rcComponent.test(id) ? false : undefined),
      },
      output: {
        // Vite 8 bundles with rolldown: `codeSplitting.groups` replaces rollup's manualChunks.
        // No antd group: each screen's chunk takes only the antd components it uses.
        codeSplitting: {
          groups: [
            // the code that encrypts bids, alone in its chunk: its SHA-256 is published on the trading site
            { name: 'bid-crypto', test: (id: string) => bidCryptoModule.test(id), priority: 40 },
            { name: 'echarts', test: (id: string) => vendorChunk(id) === 'echarts', priority: 30 },
            { name: 'react', test: (id: string) => vendorChunk(id) === 'react', priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: server, changeOrigin: true },
      '/healthz': server,
      '/readyz': server,
      '/metrics': server,
    },
  },
})
