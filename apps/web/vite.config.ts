import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const server = 'http://localhost:8080'

/** Which vendor chunk a module belongs to: react, antd (with @ant-design and rc-*), echarts. */
export function vendorChunk(id: string): string | null {
  if (!id.includes('node_modules')) return null
  if (/node_modules[\\/](echarts|zrender)[\\/]/.test(id)) return 'echarts'
  if (/node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+)[\\/]/.test(id)) return 'antd'
  if (/node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/.test(id)) return 'react'
  return null
}

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Vite 8 bundles with rolldown: `codeSplitting.groups` replaces rollup's manualChunks.
        codeSplitting: {
          groups: [
            { name: 'echarts', test: (id: string) => vendorChunk(id) === 'echarts', priority: 30 },
            { name: 'antd', test: (id: string) => vendorChunk(id) === 'antd', priority: 20 },
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
